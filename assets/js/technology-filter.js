// The listing of technology offers and requests, filtered in place by kind, country and theme. Without this script
// the listing's links lead to each filter's own page; with it, the form the page holds hidden is shown and filters the
// list as it changes. It reads only the data-* attributes the build writes on each entry, and writes only which
// entries are hidden and the status line (textContent, never markup). The choice is kept in the address
// (?kind=offer&country=india&theme=...), so a filtered listing can be shared and survives a reload.
(function () {
  'use strict';
  var form = document.getElementById('technology-filter');
  var list = document.querySelector('.technology-list');
  if (!form || !list) { return; }
  var names = ['kind', 'country', 'theme'];
  var status = form.querySelector('[role=status]');
  var entries = Array.prototype.slice.call(list.querySelectorAll('li[data-kind]'));

  function chosen(name) { return form.elements[name].value; }

  function matches(entry) {
    var kind = chosen('kind');
    var country = chosen('country');
    var theme = chosen('theme');
    return (!kind || entry.getAttribute('data-kind') === kind)
      && (!country || entry.getAttribute('data-country') === country)
      && (!theme || entry.getAttribute('data-themes').split(' ').indexOf(theme) >= 0);
  }

  function apply() {
    var shown = 0;
    entries.forEach(function (entry) {
      var match = matches(entry);
      entry.hidden = !match;
      if (match) { shown++; }
    });
    status.textContent = shown === entries.length ? 'Showing all ' + entries.length + '.'
      : shown === 0 ? 'None matches this choice.' : 'Showing ' + shown + ' of ' + entries.length + '.';
    var url = new URL(window.location.href);
    names.forEach(function (name) {
      if (chosen(name)) { url.searchParams.set(name, chosen(name)); } else { url.searchParams.delete(name); }
    });
    history.replaceState(null, '', url);
  }

  var wanted = new URL(window.location.href).searchParams;
  names.forEach(function (name) {
    var select = form.elements[name];
    var value = wanted.get(name);
    if (value && Array.prototype.some.call(select.options, function (option) { return option.value === value; })) {
      select.value = value;
    }
    select.addEventListener('change', apply);
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
