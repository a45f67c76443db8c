// Site search: reads the index the build writes (search-index.json) and shows matching pages.
// No external service, no library; results are built with textContent, never innerHTML, so no text from the
// index can become markup. Works from the keyboard: type, press Enter, Tab through the results.
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root) { return; }
  var form = root.querySelector('form');
  var input = root.querySelector('input[name=q]');
  var status = root.querySelector('[role=status]');
  var list = root.querySelector('ol');
  var index = null;

  function words(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function score(entry, terms) {
    var title = words(entry.title).join(' ');
    var body = words(entry.text).join(' ');
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var inTitle = title.indexOf(terms[i]) >= 0;
      var inBody = body.indexOf(terms[i]) >= 0;
      if (!inTitle && !inBody) { return 0; }
      total += (inTitle ? 10 : 0) + (inBody ? 1 : 0);
    }
    return total;
  }

  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) { at = lower.indexOf(terms[i]); }
    var start = Math.max(0, at - 60);
    var piece = text.substring(start, start + 200);
    return (start > 0 ? '… ' : '') + piece + (start + 200 < text.length ? ' …' : '');
  }

  function show(query) {
    list.replaceChildren();
    var terms = words(query);
    if (terms.length === 0) { status.textContent = 'Type words to search for.'; return; }
    var found = index.map(function (entry) { return { entry: entry, score: score(entry, terms) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.entry.title.localeCompare(b.entry.title); })
      .slice(0, 30);
    status.textContent = found.length === 0 ? 'Nothing found for “' + query + '”.'
      : found.length + (found.length === 1 ? ' result' : ' results') + ' for “' + query + '”.';
    found.forEach(function (hit) {
      var item = document.createElement('li');
      item.className = 'card';
      var type = document.createElement('p');
      type.className = 'card-kicker';
      type.textContent = hit.entry.type;
      var heading = document.createElement('h2');
      heading.className = 'card-title';
      var link = document.createElement('a');
      link.href = hit.entry.url;
      link.textContent = hit.entry.title;
      heading.appendChild(link);
      var text = document.createElement('p');
      text.textContent = snippet(hit.entry.text, terms);
      item.append(type, heading, text);
      list.appendChild(item);
    });
  }

  function run(query) {
    if (index) { show(query); return; }
    status.textContent = 'Loading the index…';
    fetch(root.getAttribute('data-index')).then(function (response) { return response.json(); }).then(function (entries) {
      index = entries;
      show(query);
    }).catch(function () { status.textContent = 'The search index could not be loaded.'; });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    run(input.value);
  });
  var initial = new URL(window.location.href).searchParams.get('q');
  if (initial) { input.value = initial; run(initial); }
})();
