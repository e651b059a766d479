// 民声 intake page (/intake): type-ahead region and category boxes (the ARIA 1.2 combobox pattern with a listbox) and the
// caller lookup without a reload. What matches what is decided by the server (GET intake/suggestions, the same rule the
// form's post uses); this file only shows it. Every word shown comes from the page (data-* attributes), so it is
// translated there. Without this script the form works as before: datalists, and the server resolves the typed text.
(() => {
  'use strict';

  const form = document.querySelector('form[data-intake]');
  if (!form || !window.fetch) {
    return;
  }

  const fetchPage = async (url, headers = {}) => {
    const response = await fetch(url, { headers: { Accept: 'application/json, text/html', ...headers }, credentials: 'same-origin' });
    // A lapsed sign-in redirects to the sign-in page: let the form's own post handle it then.
    if (!response.ok || response.redirected) {
      throw new Error('intake: ' + response.status + ' ' + url);
    }
    return response;
  };

  // ---- type-ahead boxes ----
  for (const input of form.querySelectorAll('input[data-picker]')) {
    const field = input.dataset.picker;
    const match = document.getElementById(input.getAttribute('aria-describedby'));
    const list = document.createElement('ul');
    list.id = input.id + '-listbox';
    list.className = 'picker-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.after(list);
    input.removeAttribute('list'); // our list replaces the browser's datalist
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    let items = [];
    let active = -1;
    let asked = 0;
    let timer = 0;

    const showMatch = (entries, text) => {
      if (!match) {
        return;
      }
      match.classList.remove('none', 'many');
      if (!text) {
        match.textContent = '';
      } else if (entries.length === 1) {
        match.textContent = match.dataset.one + entries[0].label + ' (' + entries[0].code + ')';
      } else if (entries.length === 0) {
        match.textContent = match.dataset.none;
        match.classList.add('none');
      } else {
        match.textContent = match.dataset.many.replace('{0}', String(entries.length));
        match.classList.add('many');
      }
    };

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };

    const highlight = (index) => {
      active = index;
      list.querySelectorAll('[role=option]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
      if (index >= 0) {
        const option = list.children[index];
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    };

    const render = () => {
      list.replaceChildren(...items.map((entry, i) => {
        const option = document.createElement('li');
        option.id = input.id + '-option-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.code = entry.code;
        option.append(entry.label);
        const hint = document.createElement('small');
        hint.textContent = entry.hint;
        option.append(hint);
        // mousedown, not click: the box keeps the focus.
        option.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
        return option;
      }));
      active = -1;
      list.style.top = (input.offsetTop + input.offsetHeight) + 'px'; // under the box, over the fields below
      const open = items.length > 0;
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      input.removeAttribute('aria-activedescendant');
    };

    const choose = (index) => {
      const entry = items[index];
      if (!entry) {
        return;
      }
      input.value = entry.label;
      items = [entry];
      showMatch(items, entry.label);
      close();
    };

    const suggest = async () => {
      const text = input.value.trim();
      const mine = ++asked;
      if (!text) {
        items = [];
        render();
        showMatch(items, '');
        return;
      }
      try {
        const response = await fetchPage('intake/suggestions?field=' + encodeURIComponent(field) + '&q=' + encodeURIComponent(text));
        const body = await response.json();
        if (mine !== asked) {
          return; // an answer to older text
        }
        items = body.items || [];
        if (document.activeElement === input) {
          render();
        }
        showMatch(items, text);
      } catch {
        // No suggestions then; the server still resolves the text on submit.
      }
    };

    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(suggest, 80);
    });

    input.addEventListener('keydown', (e) => {
      const open = !list.hidden;
      switch (e.key) {
        case 'ArrowDown':
          e.preventDefault();
          if (!open) {
            if (items.length > 0) {
              render();
            } else {
              suggest();
            }
            return;
          }
          highlight(active + 1 >= items.length ? 0 : active + 1);
          break;
        case 'ArrowUp':
          if (open) {
            e.preventDefault();
            highlight(active <= 0 ? items.length - 1 : active - 1);
          }
          break;
        case 'Enter':
          // Enter takes the highlighted entry; with none highlighted it registers the order as in every other box.
          if (open && active >= 0) {
            e.preventDefault();
            choose(active);
          }
          break;
        case 'Tab':
          // Tab takes the highlighted entry, or the only one, and moves on.
          if (open && (active >= 0 || items.length === 1)) {
            choose(active >= 0 ? active : 0);
          }
          break;
        case 'Escape':
          if (open) {
            e.preventDefault();
            close();
          }
          break;
        default:
          break;
      }
    });

    input.addEventListener('blur', close);
  }

  // ---- caller lookup ----
  const phone = form.querySelector('#requester-phone');
  const lookup = form.querySelector('#history-lookup');
  let looked = null;

  const showHistory = async (fallback) => {
    const number = phone.value.trim();
    try {
      // The number goes in a header: URLs end up in request logs.
      const response = await fetchPage('intake/caller-history', { 'X-Caller-Phone': number });
      const panel = document.getElementById('caller-history');
      const html = await response.text();
      const next = new DOMParser().parseFromString(html, 'text/html').getElementById('caller-history');
      if (panel && next) {
        panel.replaceWith(document.adoptNode(next));
        looked = number;
      }
    } catch {
      if (fallback) {
        form.requestSubmit(lookup); // the page's own lookup, with a reload
      }
    }
  };

  if (phone && lookup) {
    lookup.addEventListener('click', (e) => {
      e.preventDefault();
      showHistory(true);
    });
    // Leaving the phone box with a number in it looks the caller up at once: no key press needed.
    phone.addEventListener('change', () => {
      const number = phone.value.trim();
      if (number.replace(/\D/g, '').length >= 7 && number !== looked) {
        showHistory(false);
      }
    });
  }
})();
