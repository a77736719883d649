// The hand-over page that works with no connection (docs/assistance-handover.md).
// The distribution's hand-over list is kept on the phone (localStorage, one entry per distribution); each hand-over
// gets its id here (crypto.randomUUID()), goes into a queue kept on the phone first, then is sent through
// .../handovers/sync when the connection allows (on load, on the "online" event, on "send now", every 30 s while
// something waits). "recorded" and "already-recorded" leave the queue; a conflict or a refusal is kept and shown until
// the user dismisses it. Everything stored is erased on sign-out from this page and when another user opens it.
(function () {
  'use strict';
  var root = document.getElementById('handover');
  if (!root) {
    return;
  }
  var distribution = root.getAttribute('data-distribution');
  var user = root.getAttribute('data-user') || '';
  var api = root.getAttribute('data-api');
  var lang = root.getAttribute('data-lang') || 'en';
  var textsElement = document.getElementById('handover-texts');
  var PREFIX = 'masar.handover.';
  var OWNER = PREFIX + 'owner';
  var KEY = PREFIX + 'distribution.' + distribution;
  var CACHE_PREFIX = 'masar-handover';
  var BATCH = 500;
  var SHOWN = 30;

  function byId(id) {
    return document.getElementById(id);
  }

  // A text of the page's bundle, its {0}, {1}… replaced by the arguments.
  function t(name) {
    var text = textsElement.getAttribute('data-' + name) || '';
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d+)\}/g, function (whole, index) {
      var value = args[Number(index)];
      return value === undefined || value === null ? whole : String(value);
    });
  }

  // --- What the phone keeps -----------------------------------------------------------------------------------------

  function storageAvailable() {
    try {
      return !!window.localStorage;
    } catch (e) {
      return false;
    }
  }

  var hasStorage = storageAvailable();

  function eraseEverything() {
    if (hasStorage) {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var key = localStorage.key(i);
        if (key && key.indexOf(PREFIX) === 0) {
          localStorage.removeItem(key);
        }
      }
    }
    if (!window.caches) {
      return Promise.resolve();
    }
    return caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf(CACHE_PREFIX) === 0;
      }).map(function (name) {
        return caches.delete(name);
      }));
    }).catch(function () {
      return null;
    });
  }

  // Another user on this phone: nothing the previous one kept is shown to them, or sent in their name.
  if (hasStorage && localStorage.getItem(OWNER) !== null && localStorage.getItem(OWNER) !== user) {
    eraseEverything();
  }

  function load() {
    var empty = {list: null, downloadedAt: null, queue: [], problems: [], here: {}};
    if (!hasStorage) {
      return memory || empty;
    }
    try {
      var stored = JSON.parse(localStorage.getItem(KEY) || 'null');
      if (!stored) {
        return empty;
      }
      stored.queue = stored.queue || [];
      stored.problems = stored.problems || [];
      stored.here = stored.here || {};
      return stored;
    } catch (e) {
      return empty;
    }
  }

  var memory = null;
  var state = load();

  function save() {
    if (!hasStorage) {
      memory = state;
      return;
    }
    try {
      localStorage.setItem(OWNER, user);
      localStorage.setItem(KEY, JSON.stringify(state));
    } catch (e) {
      // The phone's storage is full: what waits is still sent from this page, but would not survive closing it.
      memory = state;
      notice(t('storage-full'));
    }
  }

  // --- The list ------------------------------------------------------------------------------------------------------

  function beneficiaries() {
    return state.list && state.list.beneficiaries ? state.list.beneficiaries : [];
  }

  function beneficiary(id) {
    var all = beneficiaries();
    for (var i = 0; i < all.length; i++) {
      if (all[i].beneficiaryId === id) {
        return all[i];
      }
    }
    return null;
  }

  function displayName(person) {
    if (!person || !person.names) {
      return t('unknown-person');
    }
    var first = lang === 'ar' ? person.names.ar : person.names.lat;
    var second = lang === 'ar' ? person.names.lat : person.names.ar;
    return (first || second || t('unknown-person')) + (person.registrationNumber ? ' (' + person.registrationNumber + ')' : '');
  }

  function when(instant) {
    if (!instant) {
      return '';
    }
    var date = new Date(instant);
    if (isNaN(date.getTime())) {
      return String(instant);
    }
    try {
      return date.toLocaleString(lang === 'ar' ? 'ar-LY' : 'en-GB', {dateStyle: 'medium', timeStyle: 'short'});
    } catch (e) {
      return date.toISOString();
    }
  }

  // Letters only, lower case, Arabic spelled one way (no short vowels, one alef, one ya, ta marbuta as ha).
  function normalise(text) {
    return String(text || '')
      .toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064A')
      .replace(/\u0629/g, '\u0647')
      .replace(/\s+/g, ' ')
      .trim();
  }

  function receivedState(person) {
    if (state.here[person.beneficiaryId]) {
      return 'here';
    }
    return person.received ? 'received' : 'waiting';
  }

  function received(person) {
    return receivedState(person) !== 'waiting';
  }

  function renderList() {
    var results = byId('handover-results');
    var note = byId('results-note');
    results.textContent = '';
    if (!state.list) {
      byId('list-state').textContent = t('no-list');
      note.hidden = true;
      return;
    }
    var d = state.list.distribution || {};
    byId('handover-distribution').textContent = [d.name, d.siteName, d.plannedOn].filter(Boolean).join(' · ');
    byId('handover-items').textContent = (d.items || []).map(function (item) {
      return item.quantity + ' × ' + (lang === 'ar' ? item.nameAr || item.nameEn : item.nameEn || item.nameAr);
    }).join(' · ');
    var all = beneficiaries();
    var count = all.filter(received).length;
    byId('list-state').textContent = t('list-count', all.length, count)
      + (state.downloadedAt ? ' · ' + t('list-saved', when(state.downloadedAt)) : '');
    byId('list-state').setAttribute('data-received', String(count));
    var query = normalise(byId('handover-search').value);
    var matching = all.filter(function (person) {
      if (!query) {
        return true;
      }
      return normalise(person.names && person.names.ar).indexOf(query) >= 0
        || normalise(person.names && person.names.lat).indexOf(query) >= 0
        || normalise(person.registrationNumber).indexOf(query) >= 0;
    });
    matching.slice(0, SHOWN).forEach(function (person) {
      var item = document.createElement('li');
      var status = receivedState(person);
      item.className = 'list-group-item list-group-item-action beneficiary';
      item.setAttribute('data-beneficiary-id', person.beneficiaryId);
      item.setAttribute('data-registration', person.registrationNumber || '');
      item.setAttribute('data-received', status);
      item.setAttribute('role', 'button');
      item.tabIndex = 0;
      var names = document.createElement('span');
      names.className = 'd-block fw-semibold';
      var ar = document.createElement('span');
      ar.lang = 'ar';
      ar.dir = 'rtl';
      ar.textContent = person.names ? person.names.ar || '' : '';
      var lat = document.createElement('span');
      lat.lang = 'en';
      lat.dir = 'ltr';
      lat.textContent = person.names ? person.names.lat || '' : '';
      names.appendChild(ar);
      names.appendChild(document.createTextNode(' · '));
      names.appendChild(lat);
      var details = document.createElement('span');
      details.className = 'd-block small text-muted';
      var number = document.createElement('span');
      number.dir = 'ltr';
      number.textContent = person.registrationNumber || '';
      details.appendChild(number);
      details.appendChild(document.createTextNode(' · ' + sex(person.sex)
        + (person.age !== null && person.age !== undefined ? ' · ' + person.age : '')));
      item.appendChild(names);
      item.appendChild(details);
      if (status !== 'waiting') {
        var badge = document.createElement('span');
        badge.className = 'badge ' + (status === 'here' ? 'text-bg-info' : 'text-bg-success') + ' received-badge';
        badge.textContent = status === 'here'
          ? t('received-here')
          : (person.receivedAt ? t('received-at', when(person.receivedAt)) : t('received'));
        item.appendChild(badge);
        item.classList.add('list-group-item-light');
      }
      item.addEventListener('click', function () {
        choose(person.beneficiaryId);
      });
      item.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          choose(person.beneficiaryId);
        }
      });
      results.appendChild(item);
    });
    if (matching.length === 0) {
      note.textContent = t('no-match');
      note.hidden = false;
    } else if (matching.length > SHOWN) {
      note.textContent = t('more', SHOWN);
      note.hidden = false;
    } else {
      note.hidden = true;
    }
  }

  function sex(code) {
    if (code === 'M') {
      return t('sex-m');
    }
    if (code === 'F') {
      return t('sex-f');
    }
    return t('sex-unknown');
  }

  // --- The form ------------------------------------------------------------------------------------------------------

  var chosen = null;
  var form = byId('handover-form');
  var identity = byId('identity-checked');
  var proxyName = byId('proxy-name');

  function receivedBy() {
    return byId('received-by-proxy').checked ? 'proxy' : 'self';
  }

  function refreshForm() {
    byId('proxy-field').hidden = receivedBy() !== 'proxy';
    byId('record-handover').disabled = !chosen || !identity.checked;
  }

  function choose(id) {
    var person = beneficiary(id);
    if (!person || received(person)) {
      return;
    }
    if (state.list.distribution && state.list.distribution.status === 'closed') {
      // Closed and reconciled: a hand-over would only come back refused.
      notice(t('not-open'));
      return;
    }
    chosen = id;
    byId('chosen-name-ar').textContent = person.names ? person.names.ar || '' : '';
    byId('chosen-name-lat').textContent = person.names ? person.names.lat || '' : '';
    byId('chosen-registration').textContent = person.registrationNumber || '';
    byId('chosen-sex').textContent = sex(person.sex);
    byId('chosen-age').textContent = person.age !== null && person.age !== undefined ? String(person.age) : '';
    form.setAttribute('data-beneficiary-id', id);
    identity.checked = false;
    byId('received-by-self').checked = true;
    proxyName.value = '';
    proxyName.classList.remove('is-invalid');
    byId('handover-saved').hidden = true;
    form.hidden = false;
    refreshForm();
    form.scrollIntoView({block: 'start'});
  }

  function closeForm() {
    chosen = null;
    form.hidden = true;
    form.removeAttribute('data-beneficiary-id');
  }

  identity.addEventListener('change', refreshForm);
  byId('received-by-self').addEventListener('change', refreshForm);
  byId('received-by-proxy').addEventListener('change', refreshForm);
  byId('cancel-handover').addEventListener('click', closeForm);
  byId('handover-search-form').addEventListener('submit', function (event) {
    event.preventDefault();
  });
  byId('handover-search').addEventListener('input', renderList);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var person = chosen && beneficiary(chosen);
    if (!person || !identity.checked || received(person)) {
      return;
    }
    var by = receivedBy();
    var proxy = proxyName.value.trim();
    if (by === 'proxy' && !proxy) {
      proxyName.classList.add('is-invalid');
      proxyName.focus();
      return;
    }
    var handover = {
      id: crypto.randomUUID(),
      beneficiaryId: person.beneficiaryId,
      receivedBy: by,
      identityChecked: true,
      handedOverAt: new Date().toISOString()
    };
    if (by === 'proxy') {
      handover.proxyName = proxy;
    }
    // Kept on the phone first, then sent.
    state.queue.push(handover);
    state.here[person.beneficiaryId] = {id: handover.id, at: handover.handedOverAt};
    save();
    closeForm();
    var saved = byId('handover-saved');
    saved.textContent = t('saved', displayName(person));
    saved.hidden = false;
    byId('handover-search').value = '';
    render();
    send();
  });

  // --- The queue and the problems ------------------------------------------------------------------------------------

  function renderQueue() {
    var count = state.queue.length;
    var element = byId('queue-count');
    element.setAttribute('data-count', String(count));
    element.textContent = sending ? t('sending') : (count > 0 ? t('waiting', count) : t('none-waiting'));
    element.className = 'small ' + (count > 0 ? 'fw-semibold text-warning-emphasis' : 'text-muted');
    var connection = byId('connection');
    var online = navigator.onLine !== false;
    connection.setAttribute('data-online', String(online));
    connection.textContent = online ? t('online') : t('offline');
    connection.className = 'badge text-wrap text-start ' + (online ? 'text-bg-success' : 'text-bg-warning');
  }

  var shownProblems = null;

  function renderProblems() {
    // Drawn again only when they change, so that a button is not replaced under the user's thumb.
    var signature = JSON.stringify(state.problems) + '|' + (state.list ? state.list.version : '');
    if (signature === shownProblems) {
      return;
    }
    shownProblems = signature;
    var list = byId('conflict-list');
    list.textContent = '';
    state.problems.forEach(function (problem) {
      var item = document.createElement('li');
      item.className = 'alert alert-danger small py-2 mb-2 handover-conflict';
      item.setAttribute('data-handover-id', problem.handover.id);
      item.setAttribute('data-beneficiary-id', problem.handover.beneficiaryId);
      item.setAttribute('data-outcome', problem.outcome);
      var person = beneficiary(problem.handover.beneficiaryId);
      var text = document.createElement('span');
      text.className = 'd-block mb-1 conflict-text';
      var details = problem.problem || {};
      text.textContent = problem.outcome === 'conflict'
        ? t('conflict', displayName(person), when(details.handedOverAt), details.recordedBy || '')
        : t('refused', displayName(person), details.detail || details.title || '');
      item.appendChild(text);
      if (problem.outcome !== 'conflict') {
        var retry = document.createElement('button');
        retry.type = 'button';
        retry.className = 'btn btn-sm btn-outline-primary me-2 retry-handover';
        retry.textContent = t('retry');
        retry.addEventListener('click', function () {
          state.problems = state.problems.filter(function (other) {
            return other !== problem;
          });
          state.queue.push(problem.handover);
          state.here[problem.handover.beneficiaryId] = {id: problem.handover.id, at: problem.handover.handedOverAt};
          save();
          render();
          send();
        });
        item.appendChild(retry);
      }
      var dismiss = document.createElement('button');
      dismiss.type = 'button';
      dismiss.className = 'btn btn-sm btn-outline-secondary dismiss-conflict';
      dismiss.textContent = t('dismiss');
      dismiss.addEventListener('click', function () {
        state.problems = state.problems.filter(function (other) {
          return other !== problem;
        });
        save();
        render();
      });
      item.appendChild(dismiss);
      list.appendChild(item);
    });
    byId('conflicts').hidden = state.problems.length === 0;
  }

  function notice(text) {
    var element = byId('handover-notice');
    element.textContent = text || '';
    element.hidden = !text;
  }

  function render() {
    renderQueue();
    renderProblems();
    renderList();
  }

  // --- Talking to the server -----------------------------------------------------------------------------------------

  function csrfHeaders() {
    var headers = {};
    try {
      var fromHtmx = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
      Object.keys(fromHtmx).forEach(function (name) {
        headers[name] = fromHtmx[name];
      });
    } catch (e) {
      // no token: the server answers 403 and the queue stays
    }
    return headers;
  }

  function problemNotice(response) {
    if (response.status === 401) {
      notice(t('signed-out'));
    } else if (response.status === 403) {
      notice(t('forbidden'));
    }
  }

  function download() {
    if (navigator.onLine === false) {
      return Promise.resolve();
    }
    return fetch(api + '/handover-list', {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: {Accept: 'application/json'}
    }).then(function (response) {
      if (!response.ok || response.redirected) {
        problemNotice(response);
        return null;
      }
      return response.json().then(function (list) {
        state.list = list;
        state.downloadedAt = new Date().toISOString();
        // What the server now knows as received no longer needs this phone's mark.
        list.beneficiaries.forEach(function (person) {
          if (person.received && !queued(person.beneficiaryId)) {
            delete state.here[person.beneficiaryId];
          }
        });
        save();
        if (list.distribution && list.distribution.status && list.distribution.status !== 'open') {
          notice(t('not-open'));
        }
        render();
      });
    }).catch(function () {
      // offline or the server unreachable: the list kept on the phone stays
    });
  }

  function queued(beneficiaryId) {
    return state.queue.some(function (handover) {
      return handover.beneficiaryId === beneficiaryId;
    });
  }

  var sending = false;

  function send() {
    if (sending || state.queue.length === 0 || navigator.onLine === false) {
      renderQueue();
      return Promise.resolve();
    }
    sending = true;
    renderQueue();
    var batch = state.queue.slice(0, BATCH);
    var before = state.queue.length;
    var headers = csrfHeaders();
    headers['Content-Type'] = 'application/json';
    headers.Accept = 'application/json';
    return fetch(api + '/handovers/sync', {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: headers,
      body: JSON.stringify({handovers: batch})
    }).then(function (response) {
      if (!response.ok || response.redirected) {
        problemNotice(response);
        return false;
      }
      return response.json().then(function (answer) {
        settle(batch, answer.results || []);
        return true;
      });
    }).catch(function () {
      return false;
    }).then(function (done) {
      sending = false;
      render();
      // The next batch at once, as long as each answer takes something out of the queue.
      if (done && state.queue.length > 0 && state.queue.length < before) {
        return send();
      }
      if (done) {
        notice('');
      }
      return null;
    });
  }

  function settle(batch, results) {
    var sent = {};
    batch.forEach(function (handover) {
      sent[handover.id] = handover;
    });
    var done = {};
    results.forEach(function (result) {
      var handover = sent[result.id];
      if (!handover) {
        return;
      }
      var person = beneficiary(handover.beneficiaryId);
      if (result.outcome === 'recorded' || result.outcome === 'already-recorded') {
        done[result.id] = true;
        if (person) {
          person.received = true;
          person.receivedAt = result.handover && result.handover.handedOverAt || handover.handedOverAt;
        }
        delete state.here[handover.beneficiaryId];
      } else if (result.outcome === 'conflict' || result.outcome === 'refused') {
        done[result.id] = true;
        delete state.here[handover.beneficiaryId];
        if (person && result.outcome === 'conflict') {
          person.received = true;
          person.receivedAt = result.problem && result.problem.handedOverAt || null;
        }
        state.problems.push({outcome: result.outcome, handover: handover, problem: result.problem || {}});
      }
    });
    state.queue = state.queue.filter(function (handover) {
      return !done[handover.id];
    });
    save();
  }

  // --- Sign-out, the service worker, and when to send ----------------------------------------------------------------

  var signOut = document.querySelector('form[action$="/logout"]');
  if (signOut) {
    signOut.addEventListener('submit', function (event) {
      event.preventDefault();
      if (state.queue.length > 0 && !window.confirm(t('sign-out-pending', state.queue.length))) {
        return;
      }
      // The list, the queue and the kept page are erased before the session ends (form.submit() fires no event).
      var leave = function () {
        signOut.submit();
      };
      eraseEverything().then(leave, leave);
    });
  }

  if ('serviceWorker' in navigator && window.isSecureContext) {
    navigator.serviceWorker
      .register(root.getAttribute('data-worker'), {scope: root.getAttribute('data-scope')})
      .catch(function () {
        // the page works online without it
      });
  }

  window.addEventListener('online', function () {
    renderQueue();
    send().then(download);
  });
  window.addEventListener('offline', renderQueue);
  byId('send-now').addEventListener('click', function () {
    send().then(download);
  });
  byId('refresh-list').addEventListener('click', download);
  window.setInterval(function () {
    if (state.queue.length > 0) {
      send();
    }
  }, 30000);

  render();
  send().then(download);
})();
