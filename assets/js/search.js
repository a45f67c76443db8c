// Site search. Reads the index the build writes under search-index/ (its format: docs/search-index.md): the
// manifest, then the term file of each word of the query (and, for the word being typed, the few files of the
// words it may become), then the display files of the results it shows. A query downloads only what it needs.
// No external service, no library; results are built with textContent, never innerHTML, so no text from the
// index can become markup. Works from the keyboard: type (results follow a pause) or press Enter, then Tab
// through the results; "Show more results" moves the focus to the first of the next ones. The query is kept in
// the page's address (?q=), so a search can be shared.
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root) { return; }
  var form = root.querySelector('form');
  var input = root.querySelector('input[name=q]');
  var status = root.querySelector('[role=status]');
  var list = root.querySelector('ol');
  var more = root.querySelector('.search-more');
  var manifestUrl = new URL(root.getAttribute('data-index'), window.location.href);

  var FORMAT = 1;           // the index format this script reads
  var PAGE = 10;            // results shown at once
  var MAX_TERM = 32;        // terms are cut to this many code points, as the build cuts them
  var MAX_COMPLETIONS = 3;  // term files fetched for the words the typed word may become
  var PAUSE_MS = 250;       // typing pause before the results follow
  var MIN_TYPED = 2;        // letters typed before results follow by themselves (Enter searches any query)

  var files = {};           // URL -> promise of its JSON, so each file is fetched once
  var manifest = null;
  var latest = 0;           // the number of the latest search: an older one's answer is dropped
  var hits = [];            // the latest search's results, ranked
  var shown = 0;
  var shownQuery = '';
  var timer = null;

  // The build's rule (SearchWords.java): lower case, accents removed, runs of letters and digits.
  function words(text) {
    return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean).map(function (word) {
        var points = Array.from(word);
        return points.length > MAX_TERM ? points.slice(0, MAX_TERM).join('') : word;
      });
  }

  // Each file but the manifest is asked for with its version (?v=, its hash), so it may be cached until it changes;
  // the manifest, which names the versions, is checked with the server every time.
  function json(url, options) {
    var key = url.href;
    if (!files[key]) {
      files[key] = fetch(url, options).then(function (response) {
        if (!response.ok) { throw new Error(response.status + ' ' + url.pathname); }
        return response.json();
      }).catch(function (error) { delete files[key]; throw error; });
    }
    return files[key];
  }

  function loadManifest() {
    if (manifest) { return Promise.resolve(manifest); }
    return json(manifestUrl, { cache: 'no-cache' }).then(function (loaded) {
      if (loaded.format !== FORMAT) { throw new Error('search index format ' + loaded.format); }
      manifest = loaded;
      return manifest;
    });
  }

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  // A term is in the file whose key is the longest that begins it (a one-letter key holds only that letter).
  function fileOf(term) {
    var points = Array.from(term);
    for (var n = points.length; n >= Math.min(2, points.length); n--) {
      var key = points.slice(0, n).join('');
      if (has(manifest.terms, key)) { return key; }
    }
    return null;
  }

  // The files to read for a word: its own, and for the word being typed those of longer keys it begins, when few.
  function keysFor(word, typed) {
    var keys = [];
    var own = fileOf(word);
    if (own !== null) { keys.push(own); }
    if (typed) {
      var longer = Object.keys(manifest.terms).filter(function (key) { return key.length > word.length && key.indexOf(word) === 0; });
      if (longer.length <= MAX_COMPLETIONS) { keys = keys.concat(longer); }
    }
    return keys;
  }

  function shardUrl(key) {
    var name = /^[a-z0-9]+$/.test(key) ? key
      : '_' + Array.from(new TextEncoder().encode(key), function (b) { return b.toString(16).padStart(2, '0'); }).join('');
    return new URL('terms/' + name + '.json?v=' + manifest.terms[key], manifestUrl);
  }

  // For one word: each document's fields it is found in (1 title, 2 meta, 4 body), 0 where it is not.
  function fieldsOf(word, typed, shards) {
    var fields = new Uint8Array(manifest.documents);
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (term) {
        if (term !== word && !(typed && term.indexOf(word) === 0)) { return; }
        shard[term].forEach(function (deltas, field) {
          var id = 0;
          for (var i = 0; i < deltas.length; i++) { id += deltas[i]; fields[id] |= 1 << field; }
        });
      });
    });
    return fields;
  }

  // Documents with every word, ranked by how many words their title has, then by how short their title is (the
  // nearest to the query alone first), then their tags, then their text.
  function rank(perWord) {
    var titleWords = manifest.titleWords || [];
    var found = [];
    for (var id = 0; id < manifest.documents; id++) {
      var title = 0, meta = 0, body = 0, all = true;
      for (var w = 0; w < perWord.length && all; w++) {
        var f = perWord[w][id];
        all = f !== 0;
        title += f & 1; meta += (f >> 1) & 1; body += (f >> 2) & 1;
      }
      if (all) { found.push({ id: id, title: title, meta: meta, body: body }); }
    }
    return found.sort(function (a, b) {
      return b.title - a.title || (a.title > 0 ? (titleWords[a.id] || 0) - (titleWords[b.id] || 0) : 0)
        || b.meta - a.meta || b.body - a.body || a.id - b.id;
    });
  }

  function chunkUrl(index) {
    return new URL('docs/' + index + '.json?v=' + manifest.docs[index], manifestUrl);
  }

  function card(display) {
    var item = document.createElement('li');
    item.className = 'card';
    var type = document.createElement('p');
    type.className = 'card-kicker';
    type.textContent = display[2];
    var heading = document.createElement('h2');
    heading.className = 'card-title';
    var link = document.createElement('a');
    link.href = display[0];
    link.textContent = display[1];
    heading.appendChild(link);
    item.append(type, heading);
    if (display[3]) {
      var text = document.createElement('p');
      text.textContent = display[3];
      item.appendChild(text);
    }
    return item;
  }

  function say() {
    var quoted = '“' + shownQuery + '”';
    status.textContent = hits.length === 0 ? 'Nothing found for ' + quoted + '.'
      : hits.length + (hits.length === 1 ? ' result' : ' results') + ' for ' + quoted + '.'
        + (shown < hits.length ? ' Showing the first ' + shown + '.' : '');
    more.hidden = shown >= hits.length;
  }

  // The next page of results, with the display files they are in.
  function showMore(number, focus) {
    var next = hits.slice(shown, shown + PAGE);
    var chunks = [];
    next.forEach(function (hit) {
      var chunk = Math.floor(hit.id / manifest.docsPerChunk);
      if (chunks.indexOf(chunk) < 0) { chunks.push(chunk); }
    });
    return Promise.all(chunks.map(function (chunk) { return json(chunkUrl(chunk)); })).then(function (loaded) {
      if (number !== latest) { return; }
      var first = null;
      next.forEach(function (hit) {
        var rows = loaded[chunks.indexOf(Math.floor(hit.id / manifest.docsPerChunk))];
        var item = card(rows[hit.id % manifest.docsPerChunk]);
        list.appendChild(item);
        first = first || item.querySelector('a');
      });
      shown += next.length;
      say();
      if (focus && first) { first.focus(); }
    });
  }

  function failed(number) {
    return function () {
      if (number === latest) { status.textContent = 'The search index could not be loaded.'; }
    };
  }

  function keepInAddress(query) {
    var url = new URL(window.location.href);
    if (query) { url.searchParams.set('q', query); } else { url.searchParams.delete('q'); }
    history.replaceState(null, '', url);
  }

  function search(query) {
    var number = ++latest;
    keepInAddress(query.trim());
    var all = words(query);
    if (all.length === 0) {
      hits = []; shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = query.trim() ? 'Type words to search for.' : '';
      return;
    }
    var typed = all[all.length - 1];
    var whole = all.slice(0, -1).filter(function (word, i, rest) { return word !== typed && rest.indexOf(word) === i; });
    if (!manifest) { status.textContent = 'Loading the index…'; }
    loadManifest().then(function () {
      var plans = whole.map(function (word) { return { word: word, typed: false }; }).concat([{ word: typed, typed: true }]);
      return Promise.all(plans.map(function (plan) {
        return Promise.all(keysFor(plan.word, plan.typed).map(function (key) { return json(shardUrl(key)); }))
          .then(function (shards) { return fieldsOf(plan.word, plan.typed, shards); });
      }));
    }).then(function (perWord) {
      if (number !== latest) { return; }
      hits = rank(perWord);
      shown = 0;
      shownQuery = query.trim();
      list.replaceChildren();
      return showMore(number, false);
    }).catch(failed(number));
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    var query = input.value;
    if (query.trim() !== '' && words(query).join('').length < MIN_TYPED) { return; }
    timer = setTimeout(function () { search(query); }, PAUSE_MS);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  more.addEventListener('click', function () {
    showMore(latest, true).catch(failed(latest));
  });
  var initial = new URL(window.location.href).searchParams.get('q');
  if (initial) { input.value = initial; search(initial); }
})();
