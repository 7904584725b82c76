/*
 * Accueil: the patients' booking page. Plain script, no framework, no build step.
 * Served as /assets/app.js (Qt resource :/booking/app.js); strings live in /assets/i18n.js.
 *
 * Routes (hash based, so the back button works):
 *   #/                          what do you need? search "who does what", or pick a practitioner
 *   #/practitioner/5            a practitioner: profession, services, appointment types per agenda
 *   #/book/5/9?week=YYYY-MM-DD  free slots of agenda 5 for type 9, week by week (Monday)
 *   #/book/5/9?slot=ISO         chosen slot: log in or sign up, who it is for, reason, confirm
 *   #/book/5/9?move=501[&slot=] the same screens to move booking 501
 *   #/confirmation/501          what was booked (or moved), with the centre's address
 *   #/bookings                  my appointments: cancel, move, past ones
 *   #/message[?booking=501]     a message to the secretariat
 *   #/account  #/signup  #/forgot  #/reset
 *   E-mail links: /#verify=<token> and /#reset=<token>, handled on load.
 *
 * data-test hooks for browser tests:
 *   page: alert, centre-name, lang-switch, nav-home, nav-bookings, nav-message, nav-account, page-title
 *   choose: service-search, service-search-submit, service-all, service-result,
 *           service-practitioner, profession-filter, practitioner, type
 *   slots:  slot (data-start = ISO time), previous-week, next-week (and the same ending in -bottom
 *           under a long list), week-label, no-slot, go-next-free, change-slot
 *   book:   booking-summary, for-whom, add-dependant, dependant-first-name, dependant-last-name,
 *           dependant-birth-date, dependant-relation, dependant-submit, reason, confirm-booking,
 *           confirm-reschedule, verify-pending, confirmation, resume-booking
 *   mine:   my-bookings, booking (data-id), cancel-booking, cancel-confirm, cancel-keep,
 *           reschedule-booking, booking-message, show-past, past-bookings
 *   message: message-category, message-patient, message-booking, message-text, message-submit,
 *            message-sent
 *   account: login-email, login-password, login-submit, show-signup, signup-email,
 *            signup-password, signup-code, signup-last-name, signup-first-name,
 *            signup-birth-date, signup-phone, signup-submit, forgot-link, reset-email,
 *            reset-submit, new-password, new-password-submit, logout, account-email,
 *            reminders (a check box per person, data-id = the patient's id)
 *
 * Security: every string from the API is inserted as text (h() below only creates text nodes;
 * innerHTML is never used). Every POST/PATCH/DELETE sends X-CSRF-Token = the accueil_csrf cookie.
 */
(function () {
  'use strict';

  var I18N = window.ACCUEIL_I18N;
  var RELATIONS = ['child', 'parent', 'spouse', 'other'];
  var CATEGORIES = ['absence', 'invoice', 'care_form', 'question'];

  var state = {
    lang: pickLanguage(),
    centre: {},
    tz: 'Europe/Paris',
    me: null,             // GET /api/v1/me, or null when logged out
    practitioners: null,  // cache of GET /api/v1/practitioners
    types: {},            // agendaId -> GET /api/v1/agendas/{id}/types
    lastBooking: null,    // the booking just made or moved, for the confirmation page
    keepNotice: false     // keep the notice across the next render (set before navigating)
  };

  // ---------------------------------------------------------------- language

  function pickLanguage() {
    var saved = null;
    try { saved = localStorage.getItem('accueil_lang'); } catch (e) { /* private mode */ }
    return saved === 'en' ? 'en' : 'fr';
  }

  function t(key, vars) {
    var s = I18N[state.lang][key];
    if (s === undefined) s = I18N.fr[key];
    if (s === undefined) return key;
    return s.replace(/\{(\w+)\}/g, function (m, name) {
      return vars && vars[name] !== undefined && vars[name] !== null ? String(vars[name]) : '';
    });
  }

  // A translation, or the fallback when the dictionary has no such key (e.g. an unknown status).
  function tOr(key, fallback) {
    return I18N[state.lang][key] !== undefined || I18N.fr[key] !== undefined ? t(key) : fallback;
  }

  function setLanguage(lang, remember) {
    state.lang = lang;
    if (remember) {
      try { localStorage.setItem('accueil_lang', lang); } catch (e) { /* ignore */ }
    }
    state.practitioners = null;
    state.types = {};
    document.documentElement.lang = lang;
    translateStatic();
  }

  // ---------------------------------------------------------------- DOM

  // h('a', {href: '#/', test: 'nav-home', onclick: fn}, 'text', child, [children]).
  // Strings become text nodes: data from the API is never parsed as HTML.
  function h(tag, props) {
    var el = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      var v = props[k];
      if (v === null || v === undefined || v === false) return;
      if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'test') el.setAttribute('data-test', v);
      else if (k === 'class') el.className = v;
      else if (k === 'value' || k === 'checked' || k === 'selected') el[k] = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    });
    append(el, Array.prototype.slice.call(arguments, 2));
    return el;
  }

  function append(el, kids) {
    kids.forEach(function (kid) {
      if (kid === null || kid === undefined || kid === false) return;
      if (Array.isArray(kid)) append(el, kid);
      else el.appendChild(kid instanceof Node ? kid : document.createTextNode(String(kid)));
    });
  }

  function $(id) { return document.getElementById(id); }

  var uid = 0;
  function nextId(prefix) { uid += 1; return prefix + '-' + uid; }

  // A labelled field: label, optional hint, the control. Returns {row, input}.
  function field(labelText, input, hintText) {
    if (!input.id) input.id = nextId('f');
    var hintNode = null;
    if (hintText) {
      hintNode = h('p', {class: 'hint', id: input.id + '-hint'}, hintText);
      input.setAttribute('aria-describedby', input.id + '-hint');
    }
    return {row: h('div', {class: 'field'}, h('label', {for: input.id}, labelText), hintNode, input),
            input: input};
  }

  function select(props, options) {
    return h('select', props, options.map(function (o) {
      return h('option', {value: o[0], selected: o[2] || false}, o[1]);
    }));
  }

  function passwordField(labelText, test, autocomplete) {
    var input = h('input', {type: 'password', test: test, autocomplete: autocomplete, required: true,
                            minlength: 10, maxlength: 200});
    var f = field(labelText, input, t('password.hint'));
    var show = h('input', {type: 'checkbox', id: nextId('show'), onchange: function () {
      input.type = show.checked ? 'text' : 'password';
    }});
    f.row.appendChild(h('div', {class: 'check'}, show, h('label', {for: show.id}, t('password.show'))));
    return f;
  }

  function counter(textarea, max) {
    var out = h('p', {class: 'counter', 'aria-hidden': 'true'});
    function update() { out.textContent = textarea.value.length + ' / ' + max; }
    textarea.addEventListener('input', update);
    update();
    return out;
  }

  // A page: a heading the router focuses after navigation, then the content.
  function page(title) {
    document.title = title + (state.centre.name ? ' · ' + state.centre.name : '');
    return h('section', {class: 'page'},
      h('h1', {tabindex: '-1', test: 'page-title'}, title),
      Array.prototype.slice.call(arguments, 1));
  }

  function busy(button, on) {
    button.disabled = on;
    button.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  // ---------------------------------------------------------------- notices (aria-live region)

  function clearNotice() { $('notice').replaceChildren(); }

  function showNotice(kind, text) {
    var region = $('notice');
    region.replaceChildren(h('div', {class: 'notice notice-' + kind},
      h('strong', {}, t('notice.' + kind)), ' ', text));
    // An error must be seen: bring it into view (the page may be scrolled down to a button).
    if (kind === 'error') region.focus();
  }

  function showError(err) {
    if (!(err instanceof ApiError)) {
      if (window.console) console.error(err);
      showNotice('error', t('err.generic', {phone: state.centre.phone || ''}));
      return;
    }
    var text = err.message;
    if (err.status === 429) {
      var minutes = Math.max(1, Math.ceil((parseInt(err.retryAfter, 10) || 60) / 60));
      text += ' ' + t('err.wait', {minutes: minutes});
    }
    showNotice('error', text);
    if (err.status === 401 && err.code === 'not_logged_in' && state.me) {
      // The session ended (30 days, or logged out elsewhere): show the same page with the login form.
      state.me = null;
      setTimeout(rerenderKeepingNotice, 0);
    }
  }

  // ---------------------------------------------------------------- API

  function ApiError(status, code, message, retryAfter) {
    this.status = status;
    this.code = code;
    this.message = message;
    this.retryAfter = retryAfter;
  }

  function csrfCookie() {
    var parts = document.cookie ? document.cookie.split(';') : [];
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i].trim();
      if (p.indexOf('accueil_csrf=') === 0) return p.slice('accueil_csrf='.length);  // raw, as the server set it
    }
    return '';
  }

  // api('GET', '/services', {q: 'fièvre'}) or api('POST', '/bookings', null, {...}).
  function api(method, path, query, body, retried) {
    var url = new URL('/api/v1' + path, location.origin);
    Object.keys(query || {}).forEach(function (k) { url.searchParams.set(k, query[k]); });
    url.searchParams.set('lang', state.lang);
    var headers = {'Accept': 'application/json', 'Accept-Language': state.lang};
    var ready = Promise.resolve();
    if (method !== 'GET') {
      // Every response sets the cookie; a first GET guarantees we have one before writing.
      if (!csrfCookie()) ready = fetch('/api/v1/centre', {credentials: 'same-origin'}).catch(function () {});
    }
    return ready.then(function () {
      if (method !== 'GET') headers['X-CSRF-Token'] = csrfCookie();
      if (body) headers['Content-Type'] = 'application/json';
      return fetch(url.toString(), {method: method, headers: headers, credentials: 'same-origin',
                                    body: body ? JSON.stringify(body) : undefined});
    }).catch(function () {
      throw new ApiError(0, 'network', t('err.network', {phone: state.centre.phone || ''}));
    }).then(function (res) {
      if (res.status === 204) return null;
      return res.json().catch(function () { return null; }).then(function (data) {
        if (res.ok) return data;
        var code = data && data.error;
        if (res.status === 403 && code === 'csrf' && !retried) {
          return fetch('/api/v1/centre', {credentials: 'same-origin'}).then(function () {
            return api(method, path, query, body, true);
          });
        }
        throw new ApiError(res.status, code || 'http_' + res.status,
                           (data && data.message) || t('err.generic', {phone: state.centre.phone || ''}),
                           res.headers.get('Retry-After'));
      });
    });
  }

  function loadPractitioners() {
    if (state.practitioners) return Promise.resolve(state.practitioners);
    return api('GET', '/practitioners').then(function (list) {
      state.practitioners = list || [];
      return state.practitioners;
    });
  }

  // The account's coming appointments (past: the ones gone by and cancelled).
  function loadBookings(past) {
    return api('GET', '/bookings', {past: past ? 'true' : 'false'});
  }

  function loadTypes(agendaId) {
    if (state.types[agendaId]) return Promise.resolve(state.types[agendaId]);
    return api('GET', '/agendas/' + agendaId + '/types').then(function (list) {
      state.types[agendaId] = list || [];
      return state.types[agendaId];
    });
  }

  function loadMe() {
    return api('GET', '/me').then(function (me) { state.me = me; return me; }, function (err) {
      if (err.status === 401) { state.me = null; return null; }
      throw err;
    });
  }

  function practitionerOfAgenda(list, agendaId) {
    for (var i = 0; i < list.length; i++) {
      var agendas = list[i].agendas || [];
      for (var j = 0; j < agendas.length; j++) if (agendas[j].id === agendaId) return list[i];
    }
    return null;
  }

  // ---------------------------------------------------------------- dates, in the centre's time zone

  function locale() { return state.lang === 'en' ? 'en-GB' : 'fr-FR'; }

  function fmt(date, options, zone) {
    options.timeZone = zone || state.tz;
    return new Intl.DateTimeFormat(locale(), options).format(date);
  }

  // "mardi 24 novembre 2026" for an ISO time, in the centre's zone.
  function fmtDate(iso) {
    return fmt(new Date(iso), {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'});
  }
  function fmtTime(iso) { return fmt(new Date(iso), {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}); }
  function fmtDateTime(iso) { return t('date.at', {date: fmtDate(iso), time: fmtTime(iso)}); }

  // A plain date "2026-11-24" (no time zone shift).
  function fmtDay(day) {
    return fmt(dayToDate(day), {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'}, 'UTC');
  }
  // A birth date: no weekday, which reads oddly there ("17 mai 1980").
  function fmtBirth(day) {
    return isDay(day) ? fmt(dayToDate(day), {day: 'numeric', month: 'long', year: 'numeric'}, 'UTC') : day;
  }

  function dayToDate(day) {
    var p = day.split('-');
    return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2], 12));
  }
  function dateToDay(d) { return d.toISOString().slice(0, 10); }
  function addDays(day, n) { var d = dayToDate(day); d.setUTCDate(d.getUTCDate() + n); return dateToDay(d); }
  function mondayOf(day) { var wd = (dayToDate(day).getUTCDay() + 6) % 7; return addDays(day, -wd); }
  function isDay(s) { return /^\d{4}-\d{2}-\d{2}$/.test(s || '') && !isNaN(dayToDate(s)); }

  // The calendar day of an instant in the centre's zone, "YYYY-MM-DD".
  // The centre's clock, not the phone's: GET /centre gives the server's "now", and the page keeps
  // the difference (a phone set to the wrong day must not show the wrong week).
  function centreNow() {
    return new Date(Date.now() + (state.clockSkew || 0));
  }

  function centreDay(date) {
    var parts = new Intl.DateTimeFormat('en-GB', {timeZone: state.tz, year: 'numeric', month: '2-digit',
                                                  day: '2-digit'}).formatToParts(date);
    var get = function (type) { return parts.filter(function (p) { return p.type === type; })[0].value; };
    return get('year') + '-' + get('month') + '-' + get('day');
  }

  function cap(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

  function duration(minutes) {
    if (minutes >= 60 && minutes % 60 === 0) return t(minutes === 60 ? 'duration.hour' : 'duration.hours', {n: minutes / 60});
    return t('duration.minutes', {n: minutes});
  }

  function releaseSentence(release) {
    if (!release || !release.time) return null;
    var offset = release.dayOffset || 0;
    var when = offset === 0 ? t('release.sameDay') : offset === -1 ? t('release.dayBefore')
      : t('release.daysBefore', {n: -offset});
    return t('release.sentence', {time: release.time, when: when});
  }

  // ---------------------------------------------------------------- pending booking (survives the e-mail check)

  function savePending(p) {
    try { localStorage.setItem('accueil_pending', JSON.stringify(p)); } catch (e) { /* ignore */ }
  }
  function clearPending() {
    try { localStorage.removeItem('accueil_pending'); } catch (e) { /* ignore */ }
  }
  function loadPending() {
    try {
      var p = JSON.parse(localStorage.getItem('accueil_pending') || 'null');
      if (p && typeof p.hash === 'string' && p.hash.indexOf('#/book/') === 0 && new Date(p.start) > centreNow()) return p;
    } catch (e) { /* ignore */ }
    clearPending();
    return null;
  }

  // After logging in or signing up: back to the booking that was on its way, else the account.
  function goToPendingOrAccount() {
    var p = loadPending();
    go(p ? p.hash : '#/account');
  }

  function resumeBox() {
    var p = loadPending();
    if (!p || !state.me || !state.me.emailVerified) return null;
    return h('div', {class: 'box box-info'},
      h('p', {}, t('resume.text', {when: fmtDateTime(p.start), who: p.practitioner || ''})),
      h('a', {class: 'button', href: p.hash, test: 'resume-booking'}, t('resume.button')));
  }

  // ---------------------------------------------------------------- router

  var routes = [
    [/^\/$/, viewHome],
    [/^\/practitioner\/(\d+)$/, viewPractitioner],
    [/^\/book\/(\d+)\/(\d+)$/, viewBook],
    [/^\/confirmation\/(\d+)$/, viewConfirmation],
    [/^\/bookings$/, viewBookings],
    [/^\/message$/, viewMessage],
    [/^\/account$/, viewAccount],
    [/^\/signup$/, viewSignup],
    [/^\/forgot$/, viewForgot],
    [/^\/reset$/, viewReset]
  ];

  function parseHash() {
    var raw = location.hash.replace(/^#/, '');
    if (raw.charAt(0) !== '/') raw = '/';
    var q = raw.indexOf('?');
    return {path: q < 0 ? raw : raw.slice(0, q), params: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1))};
  }

  function hashFor(path, params) {
    var qs = params ? new URLSearchParams(params).toString() : '';
    return '#' + path + (qs ? '?' + qs : '');
  }

  function go(hash, replace) {
    if (location.hash === hash) { render(); return; }
    if (replace) location.replace(hash); else location.hash = hash;
  }

  var renderSeq = 0;
  var firstRender = true;

  function render() {
    if (handleEmailLink()) return;
    var seq = ++renderSeq;
    var where = parseHash();
    var view = viewNotFound, match = null;
    for (var i = 0; i < routes.length; i++) {
      match = routes[i][0].exec(where.path);
      if (match) { view = routes[i][1]; break; }
    }
    if (state.keepNotice) state.keepNotice = false; else clearNotice();
    var main = $('app');
    main.setAttribute('aria-busy', 'true');
    updateNav();
    Promise.resolve().then(function () {
      return view(match ? match.slice(1).map(Number) : [], where.params);
    }).catch(function (err) {
      showError(err);
      return page(t('error.title'), h('p', {}, t('error.text')),
        h('p', {}, h('a', {href: '#/'}, t('error.home'))));
    }).then(function (node) {
      if (seq !== renderSeq) return;  // the user went elsewhere meanwhile
      main.replaceChildren(node);
      main.setAttribute('aria-busy', 'false');
      if (!firstRender) {
        window.scrollTo(0, 0);
        var h1 = main.querySelector('h1');
        if (h1) h1.focus();
      }
      firstRender = false;
    });
  }

  function rerenderKeepingNotice() { state.keepNotice = true; render(); }

  // /#verify=<token> and /#reset=<token>: the links sent by e-mail.
  function handleEmailLink() {
    var m = /^#(verify|reset)=([^&]+)/.exec(location.hash);
    if (!m) return false;
    var token = decodeURIComponent(m[2]);
    if (m[1] === 'reset') {
      try { sessionStorage.setItem('accueil_reset', token); } catch (e) { state.resetToken = token; }
      history.replaceState(null, '', '#/reset');  // the token leaves the address bar and history
      return false;
    }
    history.replaceState(null, '', '#/account');
    api('POST', '/accounts/verify', null, {token: token}).then(function () {
      return loadMe().catch(function () { return null; });
    }).then(function () {
      state.keepNotice = true;
      showNotice('success', t('verify.done'));
      render();
    }, function (err) {
      render();
      setTimeout(function () { showError(err); }, 0);
    });
    return true;
  }

  // ---------------------------------------------------------------- header, nav, footer

  function translateStatic() {
    document.querySelectorAll('[data-i18n]').forEach(function (el) {
      el.textContent = t(el.getAttribute('data-i18n'));
    });
    document.querySelectorAll('[data-i18n-label]').forEach(function (el) {
      el.setAttribute('aria-label', t(el.getAttribute('data-i18n-label')));
    });
    var sw = $('lang-switch');
    sw.textContent = state.lang === 'fr' ? 'English' : 'Français';
    sw.setAttribute('lang', state.lang === 'fr' ? 'en' : 'fr');
    sw.setAttribute('aria-label', state.lang === 'fr' ? 'Read this page in English' : 'Lire cette page en français');
    fillCentre();
    updateNav();
  }

  function updateNav() {
    var path = parseHash().path;
    var account = $('nav-account');
    account.textContent = state.me ? t('nav.account') : t('nav.login');
    [['nav-home', /^\/($|practitioner|book|confirmation)/], ['nav-bookings', /^\/bookings/],
     ['nav-message', /^\/message/], ['nav-account', /^\/(account|signup|forgot|reset)/]].forEach(function (n) {
      if (n[1].test(path)) $(n[0]).setAttribute('aria-current', 'page');
      else $(n[0]).removeAttribute('aria-current');
    });
  }

  function fillCentre() {
    var c = state.centre;
    if (c.name) $('centre-name').textContent = c.name;
    var foot = $('centre-card');
    var phone = c.phone ? phoneLink() : null;
    var email = c.email ? h('a', {href: 'mailto:' + c.email}, c.email) : null;
    foot.replaceChildren(
      c.name ? h('p', {class: 'centre'}, c.name) : null,
      c.address ? h('p', {class: 'address'}, c.address) : null,
      phone ? h('p', {}, t('footer.phone') + ' ', phone) : null,
      email ? h('p', {}, t('footer.email') + ' ', email) : null,
      h('p', {}, t('footer.phoneStays')),
      h('p', {}, t('emergency')));
  }

  function phoneLink() {
    var p = state.centre.phone;
    return p ? h('a', {href: 'tel:' + p.replace(/[^0-9+]/g, '')}, p) : t('footer.secretariat');
  }

  // ---------------------------------------------------------------- view: home

  var searchSeq = 0;

  function viewHome(_, params) {
    return loadPractitioners().then(function (list) {
      var results = h('div', {id: 'service-results'});
      var status = h('p', {class: 'visually-hidden', 'aria-live': 'polite'});
      var input = h('input', {type: 'search', test: 'service-search', autocomplete: 'off',
                              enterkeyhint: 'search', maxlength: 100, value: params.get('q') || ''});
      var f = field(t('home.search.label'), input, t('home.search.hint'));

      function search(all) {
        var q = all ? '' : input.value.trim();
        if (!q && !all) { results.replaceChildren(); status.textContent = ''; rememberQuery(''); return; }
        var seq = ++searchSeq;
        rememberQuery(q);
        api('GET', '/services', {q: q}).then(function (services) {
          if (seq !== searchSeq) return;
          results.replaceChildren(renderServices(services || [], q));
          status.textContent = t('home.search.count', {n: (services || []).length});
        }, showError);
      }
      function rememberQuery(q) {
        // Keep the search in the address so "back" from a practitioner finds it again.
        var p = new URLSearchParams(parseHash().params);
        if (q) p.set('q', q); else p.delete('q');
        history.replaceState(null, '', hashFor('/', p));
      }
      input.addEventListener('input', debounce(function () { search(false); }, 350));
      if (input.value) search(false);

      var form = h('form', {role: 'search', onsubmit: function (e) { e.preventDefault(); search(false); }},
        f.row,
        h('div', {class: 'actions'},
          h('button', {type: 'submit', test: 'service-search-submit'}, t('home.search.button')),
          h('button', {type: 'button', class: 'secondary', test: 'service-all',
                       onclick: function () { input.value = ''; search(true); }}, t('home.search.all'))));

      return page(t('home.title'),
        resumeBox(),
        h('p', {class: 'lead'}, t('home.lead')),
        h('p', {class: 'emergency'}, t('emergency')),
        h('h2', {}, t('home.byReason')),
        form, status, results,
        h('h2', {id: 'by-practitioner'}, t('home.byPractitioner')),
        practitionerList(list, params));
    });
  }

  function renderServices(services, q) {
    if (!services.length) {
      return h('p', {class: 'box'}, t('home.search.none', {q: q}) + ' ', t('home.search.noneHelp') + ' ', phoneLink(), '.');
    }
    return h('ul', {class: 'cards'}, services.map(function (s) {
      return h('li', {class: 'card', test: 'service-result'},
        h('h3', {}, s.label),
        (s.practitioners || []).length
          ? h('ul', {class: 'plain'}, s.practitioners.map(function (p) {
            return h('li', {}, h('a', {href: '#/practitioner/' + p.id, test: 'service-practitioner', class: 'big-link'},
              h('span', {class: 'name'}, p.name), h('span', {class: 'sub'}, p.professionLabel || '')));
          }))
          : h('p', {}, t('home.search.nobody')));
    }));
  }

  function practitionerList(list, params) {
    var professions = [];
    list.forEach(function (p) {
      if (!professions.some(function (x) { return x[0] === p.profession; })) professions.push([p.profession, p.professionLabel]);
    });
    var wrap = h('div', {});
    var filter = select({test: 'profession-filter'},
      [['', t('home.allProfessions')]].concat(professions.map(function (p) {
        return [p[0], p[1], params.get('profession') === p[0]];
      })));
    var f = field(t('home.profession'), filter);
    function show() {
      var chosen = filter.value;
      var p = new URLSearchParams(parseHash().params);
      if (chosen) p.set('profession', chosen); else p.delete('profession');
      history.replaceState(null, '', hashFor('/', p));
      wrap.replaceChildren();
      professions.forEach(function (prof) {
        if (chosen && prof[0] !== chosen) return;
        wrap.appendChild(h('h3', {}, prof[1]));
        wrap.appendChild(h('ul', {class: 'cards'}, list.filter(function (p) { return p.profession === prof[0]; })
          .map(practitionerCard)));
      });
      if (!list.length) wrap.appendChild(h('p', {}, t('home.noPractitioner'), ' ', phoneLink(), '.'));
    }
    filter.addEventListener('change', show);
    show();
    return h('div', {}, professions.length > 1 ? f.row : null, wrap);
  }

  function practitionerFacts(p) {
    return [
      p.intern ? h('p', {}, t('practitioner.intern', {supervisor: p.supervisor ? p.supervisor.name : ''})) : null,
      p.description ? h('p', {class: 'description'}, p.description) : null,
      (p.services || []).length
        ? h('p', {}, h('span', {class: 'label'}, t('practitioner.services') + ' '),
          p.services.map(function (s) { return s.label; }).join(', '))
        : null,
      p.acceptsNewPatients === false ? h('p', {class: 'warning'}, t('practitioner.noNewPatients')) : null
    ];
  }

  function practitionerCard(p) {
    return h('li', {class: 'card'},
      h('a', {href: '#/practitioner/' + p.id, test: 'practitioner', class: 'big-link'},
        h('span', {class: 'name'}, p.name), h('span', {class: 'sub'}, p.professionLabel || '')),
      practitionerFacts(p));
  }

  // ---------------------------------------------------------------- view: practitioner

  function viewPractitioner(ids) {
    return loadPractitioners().then(function (list) {
      var p = list.filter(function (x) { return x.id === ids[0]; })[0];
      if (!p) return viewNotFound();
      var agendas = p.agendas || [];
      return Promise.all(agendas.map(function (a) { return loadTypes(a.id); })).then(function (typeLists) {
        var sections = agendas.map(function (a, i) {
          var types = typeLists[i];
          return h('div', {class: 'agenda'},
            agendas.length > 1 ? h('h3', {}, a.name) : null,
            types.length
              ? h('ul', {class: 'plain'}, types.map(function (ty) {
                return h('li', {}, h('a', {href: '#/book/' + a.id + '/' + ty.id, test: 'type', class: 'big-link'},
                  h('span', {class: 'name'}, ty.label),
                  h('span', {class: 'sub'}, t('type.duration', {duration: duration(ty.durationMinutes)}),
                    ty.sessions > 1 ? ' · ' + t('type.sessions', {n: ty.sessions}) : '')));
              }))
              : h('p', {}, t(agendas.length > 1 ? 'practitioner.noTypeAgenda' : 'practitioner.noType'), ' ', phoneLink(), '.'));
        });
        return page(p.name,
          h('p', {class: 'lead'}, p.professionLabel || ''),
          practitionerFacts(p),
          h('h2', {}, t('practitioner.chooseType')),
          h('p', {class: 'hint'}, t('practitioner.typeHint')),
          sections,
          h('p', {}, h('a', {href: '#/'}, t('practitioner.back'))));
      });
    });
  }

  // ---------------------------------------------------------------- view: booking (slots, then details)

  function viewBook(ids, params) {
    var agendaId = ids[0], typeId = ids[1];
    var moveId = params.get('move') ? Number(params.get('move')) : null;
    return Promise.all([loadPractitioners(), loadTypes(agendaId)]).then(function (r) {
      var prac = practitionerOfAgenda(r[0], agendaId);
      var type = r[1].filter(function (x) { return x.id === typeId; })[0];
      if (!type) return viewNotFound();
      var ctx = {agendaId: agendaId, typeId: typeId, type: type, practitioner: prac,
                 practitionerName: prac ? prac.name : '', params: params, move: null};
      if (moveId === null) return params.get('slot') ? viewSlotDetails(ctx) : viewSlots(ctx);
      if (!state.me) return loginNeeded(t('login.forMove'));
      return loadBookings(false).then(function (bookings) {
        ctx.move = (bookings || []).filter(function (b) { return b.id === moveId; })[0];
        if (!ctx.move) return viewNotFound();
        if (ctx.move.reschedule && ctx.move.reschedule.allowed === false) {
          return page(t('move.title'), h('p', {class: 'box'}, ctx.move.reschedule.refusal || t('move.refused')),
            h('p', {}, h('a', {href: '#/bookings'}, t('bookings.back'))));
        }
        return params.get('slot') ? viewSlotDetails(ctx) : viewSlots(ctx);
      });
    });
  }

  function bookTitle(ctx) {
    return ctx.practitionerName
      ? t('book.title', {practitioner: ctx.practitionerName, type: ctx.type.label})
      : ctx.type.label;
  }

  function bookHash(ctx, extra) {
    var p = {};
    if (ctx.move) p.move = ctx.move.id;
    Object.keys(extra || {}).forEach(function (k) { p[k] = extra[k]; });
    return hashFor('/book/' + ctx.agendaId + '/' + ctx.typeId, p);
  }

  function viewSlots(ctx) {
    var today = centreDay(centreNow());
    var week = isDay(ctx.params.get('week')) ? mondayOf(ctx.params.get('week')) : mondayOf(today);
    if (week < mondayOf(today)) week = mondayOf(today);
    var from = week < today ? today : week;
    var to = addDays(week, 6);
    return api('GET', '/agendas/' + ctx.agendaId + '/availability', {type: ctx.typeId, from: from, to: to})
      .then(function (av) {
        var slots = (av && av.slots) || [];
        var horizonEnd = av && av.horizonEnd;
        var byDay = {};
        slots.forEach(function (s) {
          var day = centreDay(new Date(s.start));
          (byDay[day] = byDay[day] || []).push(s);
        });

        var prevWeek = addDays(week, -7), nextWeek = addDays(week, 7);
        // The same previous/next links above and below a long list; the bottom ones' hooks end in -bottom.
        function weekNav(suffix) {
          return h('nav', {class: 'week-nav', 'aria-label': t(suffix ? 'slots.weekNavBottom' : 'slots.weekNav')},
            week > mondayOf(today)
              ? h('a', {class: 'button secondary', href: bookHash(ctx, {week: prevWeek}), test: 'previous-week' + suffix,
                        onclick: replaceLink}, '← ', t('slots.previous'))
              : h('span', {}),
            !horizonEnd || nextWeek <= horizonEnd
              ? h('a', {class: 'button secondary', href: bookHash(ctx, {week: nextWeek}), test: 'next-week' + suffix,
                        onclick: replaceLink}, t('slots.next'), ' →')
              : h('span', {}));
        }

        var days = [];
        if (slots.length) {
          for (var d = from; d <= to; d = addDays(d, 1)) {
            var list = byDay[d] || [];
            days.push(h('div', {class: 'day'},
              h('h3', {}, cap(fmtDay(d))),
              list.length
                ? h('ul', {class: 'slots'}, list.map(function (s) {
                  return h('li', {}, h('a', {class: 'slot', test: 'slot', 'data-start': s.start,
                                            href: bookHash(ctx, {week: week, slot: s.start}),
                                            'aria-label': fmtDateTime(s.start)}, fmtTime(s.start)));
                }))
                : h('p', {class: 'muted'}, t('slots.noneThatDay'))));
          }
        }

        var empty = null;
        if (!slots.length) {
          var nextFree = av && av.nextFree;
          empty = h('div', {class: 'box box-info', test: 'no-slot'},
            h('p', {}, h('strong', {}, t('slots.noneThisWeek'))),
            nextFree
              ? [h('p', {}, t('slots.nextFree', {when: fmtDateTime(nextFree)})),
                h('a', {class: 'button', test: 'go-next-free', onclick: replaceLink,
                        href: bookHash(ctx, {week: mondayOf(centreDay(new Date(nextFree)))})},
                  t('slots.goNextFree', {day: fmtDate(nextFree)}))]
              : h('p', {}, horizonEnd ? t('slots.noneUntil', {date: fmtDay(horizonEnd)}) : t('slots.noneAtAll'),
                ' ', t('slots.phone'), ' ', phoneLink(), '.'));
        }

        var rules = [];
        var release = releaseSentence((av && av.urgentRelease) || state.centre.urgentRelease);
        if (release) rules.push(release);
        if (horizonEnd) rules.push(t('slots.horizon', {date: fmtDay(horizonEnd)}));
        if (state.centre.minNoticeMinutes) rules.push(t('slots.notice', {duration: duration(state.centre.minNoticeMinutes)}));

        return page(bookTitle(ctx),
          moveBanner(ctx),
          h('p', {class: 'lead'}, t('type.duration', {duration: duration(ctx.type.durationMinutes)})),
          h('h2', {test: 'week-label'}, t('slots.week', {from: fmtDay(from), to: fmtDay(to)})),
          weekNav(''),
          empty,
          days,
          slots.length ? weekNav('-bottom') : null,
          h('div', {class: 'rules'}, h('h2', {}, t('slots.rulesTitle')),
            h('ul', {}, rules.map(function (r) { return h('li', {}, r); }),
              h('li', {}, t('slots.notHidden'), ' ', phoneLink(), '.'))),
          h('p', {}, h('a', {href: ctx.practitioner ? '#/practitioner/' + ctx.practitioner.id : '#/'}, t('slots.backToTypes'))));
      });
  }

  // Week to week replaces the history entry: "back" returns to the practitioner, not last week.
  function replaceLink(e) {
    e.preventDefault();
    go(e.currentTarget.getAttribute('href'), true);
  }

  function moveBanner(ctx) {
    if (!ctx.move) return null;
    return h('div', {class: 'box box-info'},
      h('p', {}, t('move.banner', {when: fmtDateTime(ctx.move.start), patient: ctx.move.patient ? ctx.move.patient.name : ''})));
  }

  function viewSlotDetails(ctx) {
    var start = ctx.params.get('slot');
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(start) || isNaN(new Date(start))) return viewNotFound();
    var when = fmtDateTime(start);
    var back = bookHash(ctx, {week: mondayOf(centreDay(new Date(start)))});
    var summary = h('div', {class: 'box summary', test: 'booking-summary'},
      h('p', {class: 'when'}, cap(fmtDate(start))),
      h('p', {class: 'when'}, t('summary.time', {time: fmtTime(start)})),
      h('dl', {},
        ctx.practitionerName ? [h('dt', {}, t('summary.with')), h('dd', {}, ctx.practitionerName)] : null,
        h('dt', {}, t('summary.type')),
        h('dd', {}, ctx.type.label + ' · ' + t('type.duration', {duration: duration(ctx.type.durationMinutes)})),
        state.centre.address ? [h('dt', {}, t('summary.address')), h('dd', {class: 'address'}, state.centre.address)] : null),
      h('p', {}, h('a', {href: back, test: 'change-slot'}, t('summary.change'))));

    if (!state.me) {
      savePending({hash: location.hash, start: start, practitioner: ctx.practitionerName});
      return page(t('details.title'), moveBanner(ctx), summary, authChoice(t('login.forBooking'), render));
    }
    if (!state.me.emailVerified) {
      savePending({hash: location.hash, start: start, practitioner: ctx.practitionerName});
      return page(t('details.title'), summary, verifyPending());
    }
    if (ctx.move) return page(t('move.title'), moveBanner(ctx), summary, moveConfirm(ctx, start, when));
    return page(t('details.title'), summary, bookingForm(ctx, start, when));
  }

  function verifyPending() {
    var button = h('button', {type: 'button', onclick: function () {
      busy(button, true);
      loadMe().then(function (me) {
        busy(button, false);
        if (me && me.emailVerified) render();
        else showNotice('error', t('verify.stillPending'));
      }, function (err) { busy(button, false); showError(err); });
    }}, t('verify.check'));
    return h('div', {class: 'box box-info', test: 'verify-pending'},
      h('p', {}, t('verify.needed', {email: state.me.email})),
      h('p', {}, t('verify.help'), ' ', phoneLink(), '.'),
      button);
  }

  // [value, label] for the account's holder and dependants.
  function patientOptions() {
    var me = state.me;
    var opts = [[String(me.holder.id), t('whom.self', {name: me.holder.firstName + ' ' + me.holder.lastName})]];
    (me.dependants || []).forEach(function (d) {
      opts.push([String(d.id), d.firstName + ' ' + d.lastName +
        (d.relation ? ' (' + t('relation.' + d.relation) + ')' : '')]);
    });
    return opts;
  }

  function bookingForm(ctx, start, when) {
    var whom = select({test: 'for-whom', required: true}, patientOptions());
    var whomField = field(t('whom.label'), whom);
    var depForm = dependantForm(function (dep) {
      whom.replaceChildren.apply(whom, patientOptions().map(function (o) { return h('option', {value: o[0]}, o[1]); }));
      whom.value = String(dep.id);
      updateRecap();
      whom.focus();
    });
    var reason = h('textarea', {test: 'reason', maxlength: 200, rows: 2, autocomplete: 'off'});
    var reasonField = field(t('reason.label'), reason, t('reason.hint'));
    reasonField.row.appendChild(counter(reason, 200));
    reasonField.row.appendChild(h('p', {class: 'hint'}, t('reason.notMessage') + ' ',
      h('a', {href: '#/message'}, t('reason.messageLink')), '.'));

    var recap = h('p', {class: 'recap', 'aria-live': 'polite'});
    function updateRecap() {
      var o = whom.options[whom.selectedIndex];
      recap.textContent = t('confirm.recap', {who: o ? o.textContent : '', when: when,
                                              practitioner: ctx.practitionerName, type: ctx.type.label});
    }
    whom.addEventListener('change', updateRecap);
    updateRecap();

    var button = h('button', {type: 'button', class: 'primary', test: 'confirm-booking', onclick: function () {
      if (!reason.reportValidity()) return;
      busy(button, true);
      var body = {agendaId: ctx.agendaId, typeId: ctx.typeId, start: start, patientId: Number(whom.value)};
      if (reason.value.trim()) body.reason = reason.value.trim();
      api('POST', '/bookings', null, body).then(function (booking) {
        clearPending();
        state.lastBooking = {booking: booking, moved: false};
        go('#/confirmation/' + booking.id, true);
      }, function (err) {
        busy(button, false);
        showError(err);
        if (err.code === 'email_not_verified') { state.me.emailVerified = false; rerenderKeepingNotice(); }
      });
    }}, t('confirm.button', {when: when}));

    return h('div', {},
      h('h2', {}, t('whom.title')), whomField.row, depForm,
      h('h2', {}, t('reason.title')), reasonField.row,
      h('h2', {}, t('confirm.title')), recap, button);
  }

  function moveConfirm(ctx, start, when) {
    var button = h('button', {type: 'button', class: 'primary', test: 'confirm-reschedule', onclick: function () {
      busy(button, true);
      api('PATCH', '/bookings/' + ctx.move.id, null, {start: start, agendaId: ctx.agendaId}).then(function (booking) {
        state.lastBooking = {booking: booking, moved: true};
        go('#/confirmation/' + booking.id, true);
      }, function (err) { busy(button, false); showError(err); });
    }}, t('move.button', {when: when}));
    return h('div', {},
      h('p', {class: 'recap'}, t('move.recap', {from: fmtDateTime(ctx.move.start), to: when})),
      button,
      h('p', {}, h('a', {href: '#/bookings'}, t('move.keep'))));
  }

  // Add a dependant inline (booking page and account page). onAdded(dependant).
  function dependantForm(onAdded) {
    var panelId = nextId('dep');
    var toggle = h('button', {type: 'button', class: 'secondary', test: 'add-dependant', 'aria-expanded': 'false',
                              'aria-controls': panelId}, t('dependant.add'));
    var first = field(t('field.firstName'), h('input', {test: 'dependant-first-name', required: true, maxlength: 100, autocomplete: 'off'}));
    var last = field(t('field.lastName'), h('input', {test: 'dependant-last-name', required: true, maxlength: 100, autocomplete: 'off'}));
    var birth = field(t('field.birthDate'), h('input', {type: 'date', test: 'dependant-birth-date', required: true, autocomplete: 'off'}));
    var relation = field(t('dependant.relation'), select({test: 'dependant-relation', required: true},
      RELATIONS.map(function (r) { return [r, t('relation.' + r)]; })));
    var submit = h('button', {type: 'submit', test: 'dependant-submit'}, t('dependant.submit'));
    var form = h('form', {id: panelId, class: 'subform', hidden: true, onsubmit: function (e) {
      e.preventDefault();
      busy(submit, true);
      api('POST', '/me/dependants', null, {firstName: first.input.value.trim(), lastName: last.input.value.trim(),
                                           birthDate: birth.input.value, relation: relation.input.value})
        .then(function (dep) {
          busy(submit, false);
          state.me.dependants = (state.me.dependants || []).concat([dep]);
          form.reset();
          setOpen(false);
          showNotice('success', t('dependant.added', {name: dep.firstName + ' ' + dep.lastName}));
          onAdded(dep);
        }, function (err) { busy(submit, false); showError(err); });
    }}, h('fieldset', {}, h('legend', {}, t('dependant.legend')), first.row, last.row, birth.row, relation.row, submit));
    function setOpen(open) {
      form.hidden = !open;
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open) first.input.focus();
    }
    toggle.addEventListener('click', function () { setOpen(form.hidden); });
    return h('div', {class: 'dependant'}, toggle, form);
  }

  // ---------------------------------------------------------------- view: confirmation

  function viewConfirmation(ids) {
    var known = state.lastBooking && state.lastBooking.booking.id === ids[0] ? Promise.resolve(state.lastBooking)
      : (state.me ? loadBookings(false) : Promise.resolve([])).then(function (list) {
        var b = (list || []).filter(function (x) { return x.id === ids[0]; })[0];
        return b ? {booking: b, moved: false, reloaded: true} : null;
      });
    return known.then(function (found) {
      if (!found) return page(t('confirmation.unknown'), h('p', {}, h('a', {href: '#/bookings'}, t('nav.bookings'))));
      var b = found.booking;
      return page(found.moved ? t('confirmation.movedTitle') : t('confirmation.title'),
        h('div', {class: 'box box-success', test: 'confirmation'},
          h('p', {class: 'when'}, cap(fmtDate(b.start))),
          h('p', {class: 'when'}, t('summary.time', {time: fmtTime(b.start)})),
          bookingFacts(b),
          found.reloaded ? null : h('p', {}, found.moved ? t('confirmation.movedRecorded') : t('confirmation.email', {email: state.me ? state.me.email : ''})),
          h('p', {}, t('confirmation.noNeedToCall'))),
        // Inside the deadline already (booked for this evening): the rule, never a date in the past.
        cancelUntilHint(b) || (b.cancel && b.cancel.refusal ? h('p', {class: 'hint'}, b.cancel.refusal) : null),
        h('p', {class: 'actions'}, h('a', {class: 'button', href: '#/bookings'}, t('nav.bookings')),
          h('a', {class: 'button secondary', href: '#/'}, t('confirmation.another'))));
    });
  }

  function bookingFacts(b) {
    return h('dl', {},
      b.patient ? [h('dt', {}, t('summary.for')), h('dd', {}, b.patient.name)] : null,
      b.practitioner ? [h('dt', {}, t('summary.with')), h('dd', {}, b.practitioner)] : null,
      b.type ? [h('dt', {}, t('summary.type')), h('dd', {}, b.type.label)] : null,
      b.reason ? [h('dt', {}, t('summary.reason')), h('dd', {}, b.reason)] : null,
      (b.address || state.centre.address) ? [h('dt', {}, t('summary.address')),
        h('dd', {class: 'address'}, b.address || state.centre.address)] : null);
  }

  // ---------------------------------------------------------------- view: my appointments

  function viewBookings() {
    if (!state.me) return loginNeeded(t('login.forBookings'));
    return loadBookings(false).then(function (list) {
      list = list || [];
      var past = h('div', {test: 'past-bookings'});
      var showPast = h('button', {type: 'button', class: 'secondary', test: 'show-past', onclick: function () {
        busy(showPast, true);
        loadBookings(true).then(function (old) {
          showPast.remove();
          past.replaceChildren(h('h2', {}, t('bookings.past')),
            (old || []).length ? h('ul', {class: 'cards'}, old.map(function (b) { return bookingItem(b, true); }))
              : h('p', {}, t('bookings.nonePast')));
        }, function (err) { busy(showPast, false); showError(err); });
      }}, t('bookings.showPast'));
      return page(t('bookings.title'),
        resumeBox(),
        list.length
          ? h('ul', {class: 'cards', test: 'my-bookings'}, list.map(function (b) { return bookingItem(b, false); }))
          : h('div', {test: 'my-bookings'}, h('p', {}, t('bookings.none')),
            h('p', {}, h('a', {class: 'button', href: '#/'}, t('bookings.book')))),
        showPast, past);
    });
  }

  // "Annulation en ligne possible jusqu'au …", while it still is.
  function cancelUntilHint(b) {
    return b.cancel && b.cancel.allowed && b.cancel.until
      ? h('p', {class: 'hint'}, t('confirmation.cancelUntil', {when: fmtDateTime(b.cancel.until)})) : null;
  }

  function bookingItem(b, isPast) {
    var li = h('li', {class: 'card booking', test: 'booking', 'data-id': b.id});
    var status = b.status && b.status !== 'booked' ? h('p', {class: 'status'}, tOr('status.' + b.status, b.status)) : null;
    var actions = h('div', {class: 'actions'});
    var refusals = [];
    if (!isPast && b.status !== 'cancelled') {
      if (b.cancel && b.cancel.allowed) {
        actions.appendChild(h('button', {type: 'button', class: 'secondary', test: 'cancel-booking',
                                         onclick: function () { askCancel(b, li, actions); }}, t('bookings.cancel')));
      } else if (b.cancel) {
        refusals.push(h('p', {class: 'refusal'}, b.cancel.refusal || t('bookings.cancelRefused')));
      }
      if (b.reschedule && b.reschedule.allowed && b.type) {
        actions.appendChild(h('a', {class: 'button secondary', test: 'reschedule-booking',
          href: hashFor('/book/' + b.agendaId + '/' + b.type.id, {move: b.id})}, t('bookings.reschedule')));
      } else if (b.reschedule) {
        refusals.push(h('p', {class: 'refusal'}, b.reschedule.refusal || t('move.refused')));
      }
      actions.appendChild(h('a', {class: 'button secondary', test: 'booking-message',
                                  href: hashFor('/message', {booking: b.id})}, t('bookings.message')));
    }
    append(li, [
      h('h2', {class: 'when'}, cap(fmtDateTime(b.start))),
      status,
      bookingFacts(b),
      !isPast && b.status !== 'cancelled' ? cancelUntilHint(b) : null,
      refusals,
      actions]);
    return li;
  }

  function askCancel(b, li, actions) {
    actions.hidden = true;
    var yes = h('button', {type: 'button', class: 'danger', test: 'cancel-confirm'}, t('cancel.yes'));
    var no = h('button', {type: 'button', class: 'secondary', test: 'cancel-keep'}, t('cancel.no'));
    var box = h('div', {class: 'box box-warning', role: 'group', 'aria-label': t('cancel.question.short')},
      h('p', {}, t('cancel.question', {when: fmtDateTime(b.start), practitioner: b.practitioner || '',
                                       patient: b.patient ? b.patient.name : ''})),
      h('div', {class: 'actions'}, yes, no));
    no.addEventListener('click', function () { box.remove(); actions.hidden = false; actions.querySelector('button').focus(); });
    yes.addEventListener('click', function () {
      busy(yes, true);
      api('DELETE', '/bookings/' + b.id).then(function () {
        state.keepNotice = true;
        showNotice('success', t('cancel.done', {when: fmtDateTime(b.start)}));
        render();
      }, function (err) { busy(yes, false); showError(err); });
    });
    li.appendChild(box);
    yes.focus();
  }

  // ---------------------------------------------------------------- view: message to the secretariat

  function viewMessage(_, params) {
    if (!state.me) return loginNeeded(t('login.forMessage'));
    return loadBookings(false).catch(function () { return []; }).then(function (bookings) {
      bookings = (bookings || []).filter(function (b) { return b.status !== 'cancelled'; });
      var category = select({test: 'message-category', required: true},
        [['', t('message.choose')]].concat(CATEGORIES.map(function (c) { return [c, t('category.' + c)]; })));
      var patient = select({test: 'message-patient'}, patientOptions());
      var chosenBooking = params.get('booking');
      var booking = select({test: 'message-booking'}, [['', t('message.noBooking')]].concat(bookings.map(function (b) {
        return [String(b.id), cap(fmtDateTime(b.start)) + ' · ' + (b.practitioner || '') + ' · ' + (b.patient ? b.patient.name : ''),
                String(b.id) === chosenBooking];
      })));
      var text = h('textarea', {test: 'message-text', required: true, minlength: 1, maxlength: 2000, rows: 6});
      var categoryHint = h('p', {class: 'hint', 'aria-live': 'polite'});
      category.addEventListener('change', function () {
        categoryHint.replaceChildren();
        if (category.value === 'absence') {
          append(categoryHint, [t('message.absenceHint') + ' ', h('a', {href: '#/bookings'}, t('nav.bookings')), '.']);
        }
      });
      var textField = field(t('message.text'), text, t('message.textHint'));
      textField.row.appendChild(counter(text, 2000));
      var submit = h('button', {type: 'submit', class: 'primary', test: 'message-submit'}, t('message.send'));
      var form = h('form', {onsubmit: function (e) {
        e.preventDefault();
        if (!text.value.trim()) { text.focus(); return; }
        busy(submit, true);
        var body = {category: category.value, text: text.value.trim(), patientId: Number(patient.value)};
        if (booking.value) body.bookingId = Number(booking.value);
        api('POST', '/messages', null, body).then(function () {
          wrap.replaceChildren(h('div', {class: 'box box-success', test: 'message-sent'},
            h('p', {}, h('strong', {}, t('message.sent'))), h('p', {}, t('message.sentHelp'))),
            h('p', {class: 'actions'}, h('a', {class: 'button secondary', href: '#/'}, t('error.home'))));
          showNotice('success', t('message.sent'));
        }, function (err) { busy(submit, false); showError(err); });
      }},
        field(t('message.category'), category).row, categoryHint,
        field(t('message.patient'), patient).row,
        bookings.length ? field(t('message.booking'), booking).row : null,
        textField.row, submit);
      var wrap = h('div', {}, form);
      return page(t('message.title'),
        h('p', {class: 'lead'}, t('message.lead')),
        h('p', {class: 'emergency'}, t('message.notUrgent'), ' ', t('emergency')),
        wrap);
    });
  }

  // ---------------------------------------------------------------- accounts

  function loginNeeded(why) {
    return page(t('login.title'), authChoice(why, render));
  }

  // Log in, with a switch to "create an account" in place (used inside the booking journey).
  function authChoice(why, done) {
    var holder = h('div', {});
    function showLogin() {
      holder.replaceChildren(h('p', {}, why), loginForm(done),
        h('p', {}, t('login.noAccount') + ' ',
          h('button', {type: 'button', class: 'link', test: 'show-signup', onclick: showSignup}, t('login.create'))));
    }
    function showSignup() {
      holder.replaceChildren(signupForm(done),
        h('p', {}, t('signup.haveAccount') + ' ', h('button', {type: 'button', class: 'link', onclick: function () {
          showLogin();
          holder.querySelector('input').focus();
        }}, t('signup.login'))));
      holder.querySelector('input').focus();
    }
    showLogin();
    return holder;
  }

  function loginForm(done) {
    var email = field(t('field.email'), h('input', {type: 'email', test: 'login-email', required: true,
                                                     autocomplete: 'username', maxlength: 254}));
    var password = passwordField(t('field.password'), 'login-password', 'current-password');
    var submit = h('button', {type: 'submit', class: 'primary', test: 'login-submit'}, t('login.submit'));
    return h('form', {class: 'auth', onsubmit: function (e) {
      e.preventDefault();
      busy(submit, true);
      api('POST', '/session', null, {email: email.input.value.trim(), password: password.input.value}).then(function (r) {
        state.me = (r && r.me) || null;
        return state.me ? state.me : loadMe();
      }).then(function () {
        state.keepNotice = true;
        showNotice('success', t('login.done'));
        done();
      }, function (err) { busy(submit, false); showError(err); });
    }},
      h('h2', {}, t('login.heading')), email.row, password.row, submit,
      h('p', {}, h('a', {href: '#/forgot', test: 'forgot-link'}, t('login.forgot'))));
  }

  function signupForm(done) {
    var c = state.centre;
    var codeRequired = c.newPatientsOnline === false;
    var email = field(t('field.email'), h('input', {type: 'email', test: 'signup-email', required: true,
                                                     autocomplete: 'email', maxlength: 254}), t('signup.emailHint'));
    var password = passwordField(t('field.password'), 'signup-password', 'new-password');
    var code = field(codeRequired ? t('signup.code') : t('signup.codeOptional'),
      h('input', {test: 'signup-code', required: codeRequired, autocomplete: 'off', autocapitalize: 'characters',
                  spellcheck: 'false', maxlength: 40}),
      codeRequired ? t('signup.codeHintRequired') : t('signup.codeHint'));
    var last = field(t('field.lastName'), h('input', {test: 'signup-last-name', required: true, maxlength: 100, autocomplete: 'family-name'}));
    var first = field(t('field.firstName'), h('input', {test: 'signup-first-name', required: true, maxlength: 100, autocomplete: 'given-name'}));
    var birth = field(t('field.birthDate'), h('input', {type: 'date', test: 'signup-birth-date', required: true, autocomplete: 'bday'}),
      t('signup.birthHint'));
    var phone = field(t('field.phone'), h('input', {type: 'tel', test: 'signup-phone', maxlength: 30, autocomplete: 'tel'}),
      t('signup.phoneHint'));
    var submit = h('button', {type: 'submit', class: 'primary', test: 'signup-submit'}, t('signup.submit'));
    return h('form', {class: 'auth', onsubmit: function (e) {
      e.preventDefault();
      busy(submit, true);
      var body = {email: email.input.value.trim(), password: password.input.value, language: state.lang,
                  lastName: last.input.value.trim(), firstName: first.input.value.trim(),
                  birthDate: birth.input.value, phone: phone.input.value.trim()};
      if (code.input.value.trim()) body.invitationCode = code.input.value.trim().toUpperCase();
      api('POST', '/accounts', null, body).then(function () {
        // The contract does not say whether sign-up opens a session: ask, else log in.
        return loadMe().then(function (me) {
          return me || api('POST', '/session', null, {email: body.email, password: body.password}).then(function (r) {
            state.me = (r && r.me) || null;
          });
        });
      }).then(function () {
        state.keepNotice = true;
        showNotice('success', t('signup.done', {email: body.email}));
        done();
      }, function (err) { busy(submit, false); showError(err); });
    }},
      h('h2', {}, t('signup.heading')),
      h('p', {}, codeRequired ? t('signup.leadCode') : t('signup.lead')),
      email.row, password.row, code.row, last.row, first.row, birth.row, phone.row, submit);
  }

  function viewAccount() {
    if (!state.me) {
      return page(t('account.loginTitle'),
        resumeBox(),
        loginForm(goToPendingOrAccount),
        h('h2', {}, t('login.noAccount')),
        h('p', {}, h('a', {class: 'button secondary', href: '#/signup', test: 'show-signup'}, t('login.create'))));
    }
    var me = state.me;
    var deps = h('ul', {class: 'plain'});
    function listDeps() {
      deps.replaceChildren.apply(deps, (me.dependants || []).map(function (d) {
        return h('li', {}, d.firstName + ' ' + d.lastName + ' · ' + t('relation.' + d.relation) +
          (d.birthDate ? ' · ' + t('account.born', {date: fmtBirth(d.birthDate)}) : ''));
      }));
      if (!(me.dependants || []).length) deps.appendChild(h('li', {}, t('account.noDependant')));
    }
    listDeps();
    var reminders = h('div', {class: 'reminders'});
    // One box per person of the account: ticked, the centre's reminders are sent to them.
    function listReminders() {
      var people = [me.holder].concat(me.dependants || []).filter(function (p) { return p; });
      reminders.replaceChildren.apply(reminders, people.map(function (p) {
        var name = p.firstName + ' ' + p.lastName;
        var box = h('input', {type: 'checkbox', id: nextId('reminders'), test: 'reminders', 'data-id': p.id,
                              checked: p.reminders !== false, disabled: !me.emailVerified});
        box.addEventListener('change', function () {
          var wanted = box.checked;
          box.disabled = true;
          api('PATCH', '/me/patients/' + p.id, null, {reminders: wanted}).then(function (fresh) {
            if (fresh) me = state.me = fresh;
            box.disabled = false;
            showNotice('success', t(wanted ? 'reminders.on' : 'reminders.off', {name: name}));
          }, function (err) {
            box.checked = !wanted;  // what is stored
            box.disabled = false;
            showError(err);
          });
        });
        return h('div', {class: 'check'}, box, h('label', {for: box.id}, t('reminders.label', {name: name})));
      }));
    }
    listReminders();
    var logout = h('button', {type: 'button', class: 'secondary', test: 'logout', onclick: function () {
      busy(logout, true);
      api('DELETE', '/session').then(function () {
        state.me = null;
        state.keepNotice = true;
        showNotice('success', t('account.loggedOut'));
        go('#/');
      }, function (err) { busy(logout, false); showError(err); });
    }}, t('account.logout'));
    return page(t('account.title'),
      resumeBox(),
      me.emailVerified ? null : verifyPending(),
      h('dl', {},
        h('dt', {}, t('field.email')), h('dd', {test: 'account-email'}, me.email,
          ' · ', me.emailVerified ? t('account.verified') : t('account.notVerified')),
        me.holder ? [h('dt', {}, t('account.holder')), h('dd', {}, me.holder.firstName + ' ' + me.holder.lastName +
          (me.holder.birthDate ? ' · ' + t('account.born', {date: fmtBirth(me.holder.birthDate)}) : ''))] : null),
      h('h2', {}, t('account.dependants')),
      h('p', {class: 'hint'}, t('account.dependantsHint')),
      deps,
      dependantForm(function () { listDeps(); listReminders(); }),
      h('h2', {}, t('reminders.title')),
      h('p', {class: 'hint'}, t('reminders.hint')),
      me.emailVerified ? null : h('p', {class: 'hint'}, t('reminders.verifyFirst')),
      reminders,
      h('h2', {}, t('account.session')),
      logout);
  }

  function viewSignup() {
    if (state.me) return viewAccount();
    return page(t('signup.title'), signupForm(goToPendingOrAccount), h('p', {}, t('signup.haveAccount') + ' ', h('a', {href: '#/account'}, t('signup.login'))));
  }

  function viewForgot() {
    var email = field(t('field.email'), h('input', {type: 'email', test: 'reset-email', required: true,
                                                     autocomplete: 'username', maxlength: 254}));
    var submit = h('button', {type: 'submit', class: 'primary', test: 'reset-submit'}, t('forgot.submit'));
    return page(t('forgot.title'),
      h('p', {}, t('forgot.lead')),
      h('form', {onsubmit: function (e) {
        e.preventDefault();
        busy(submit, true);
        api('POST', '/accounts/password-reset', null, {email: email.input.value.trim()}).then(function () {
          busy(submit, false);
          showNotice('success', t('forgot.sent', {email: email.input.value.trim()}));
        }, function (err) { busy(submit, false); showError(err); });
      }}, email.row, submit));
  }

  function viewReset() {
    var token = state.resetToken;
    try { token = sessionStorage.getItem('accueil_reset') || token; } catch (e) { /* ignore */ }
    if (!token) {
      return page(t('reset.title'), h('p', {}, t('reset.noToken')), h('p', {}, h('a', {href: '#/forgot'}, t('login.forgot'))));
    }
    var password = passwordField(t('reset.password'), 'new-password', 'new-password');
    var submit = h('button', {type: 'submit', class: 'primary', test: 'new-password-submit'}, t('reset.submit'));
    return page(t('reset.title'), h('form', {onsubmit: function (e) {
      e.preventDefault();
      busy(submit, true);
      api('POST', '/accounts/password', null, {token: token, password: password.input.value}).then(function () {
        try { sessionStorage.removeItem('accueil_reset'); } catch (err) { /* ignore */ }
        state.resetToken = null;
        state.keepNotice = true;
        showNotice('success', t('reset.done'));
        go('#/account', true);
      }, function (err) { busy(submit, false); showError(err); });
    }}, password.row, submit));
  }

  function viewNotFound() {
    return page(t('notFound.title'), h('p', {}, t('notFound.text')), h('p', {}, h('a', {href: '#/'}, t('error.home'))));
  }

  // ---------------------------------------------------------------- start

  function start() {
    document.documentElement.lang = state.lang;
    $('lang-switch').addEventListener('click', function () {
      setLanguage(state.lang === 'fr' ? 'en' : 'fr', true);
      render();
    });
    translateStatic();
    var centre = api('GET', '/centre').then(function (c) {
      state.centre = c || {};
      if (c && c.now && !isNaN(Date.parse(c.now))) state.clockSkew = Date.parse(c.now) - Date.now();
      try {
        new Intl.DateTimeFormat('fr-FR', {timeZone: state.centre.timeZone});
        if (state.centre.timeZone) state.tz = state.centre.timeZone;
      } catch (e) { /* unknown zone: keep Europe/Paris */ }
    }, function (err) { showError(err); });
    var me = loadMe().catch(function () { return null; });
    Promise.all([centre, me]).then(function () {
      // The account's language applies unless this device chose one.
      var saved = null;
      try { saved = localStorage.getItem('accueil_lang'); } catch (e) { /* ignore */ }
      if (!saved && state.me && (state.me.language === 'en' || state.me.language === 'fr') && state.me.language !== state.lang) {
        setLanguage(state.me.language, false);
      }
      translateStatic();
      window.addEventListener('hashchange', render);
      render();
    });
  }

  start();
})();
