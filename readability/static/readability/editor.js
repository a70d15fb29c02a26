/*
 * The LIX of the Danish text, shown in the editor's footer as the librarian types (readability/wagtail_hooks.py
 * inserts this script and its settings, #readability-config).
 *
 * It reads what readability/texts.py reads on the server: the form's textareas and Draftail editors, but for
 * the fields the settings leave out (the search description, the opening hours) and StreamField blocks that
 * have been deleted. The server inserts it only into forms of Danish pages and snippets (readability/editor.py);
 * it checks Wagtail's ACTIVE_CONTENT_LOCALE once more, and shows only when the form has such a field.
 */
(() => {
  'use strict';

  const DELAY = 400; // Draftail saves its content to its hidden input 250 ms after a change

  const readJson = (id) => {
    const element = document.getElementById(id);
    if (!element) {
      return null;
    }
    try {
      return JSON.parse(element.textContent);
    } catch (error) {
      return null;
    }
  };

  const interpolate = (text, values) =>
    text.replace(/%\((\w+)\)s/g, (match, name) => (name in values ? values[name] : match));

  const isRichText = (input) =>
    input.rawContentState !== undefined ||
    Boolean(input.parentElement && input.parentElement.querySelector(':scope > .Draftail-Editor'));

  const richText = (input) => {
    let contentState = input.rawContentState;
    if (contentState === undefined) {
      try {
        contentState = JSON.parse(input.value || 'null');
      } catch (error) {
        contentState = null;
      }
    }
    return window.readabilityLix.contentStateText(contentState);
  };

  const start = () => {
    const config = readJson('readability-config');
    const form = document.querySelector('form[data-edit-form]');
    if (!config || !form || !window.readabilityLix) {
      return;
    }
    const locale = (readJson('wagtail-config') || {}).ACTIVE_CONTENT_LOCALE;
    if (locale && locale !== config.sourceLocale) {
      return;
    }
    const excluded = new Set(config.excludedFields);

    const readableFields = () => {
      const deleted = Array.from(form.querySelectorAll('input[name$="-deleted"]'))
        .filter((input) => input.value === '1')
        .map((input) => input.name.slice(0, -'deleted'.length));
      return Array.from(form.querySelectorAll('textarea[name], input[type="hidden"][name]')).filter(
        (element) =>
          (element.tagName === 'TEXTAREA' || isRichText(element)) &&
          !excluded.has(element.name.split('-')[0]) &&
          !deleted.some((prefix) => element.name.startsWith(prefix)),
      );
    };

    const text = (fields) =>
      fields
        .map((element) => (element.tagName === 'TEXTAREA' ? element.value : richText(element)))
        .filter(Boolean)
        .join('\n');

    const language = document.documentElement.lang || undefined;
    const wholeNumber = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });

    const status = document.createElement('div');
    status.className = 'readability-status';
    status.setAttribute('role', 'status');
    status.title = config.strings.title;
    status.hidden = true;
    const score = document.createElement('strong');
    score.className = 'readability-status__score';
    const band = document.createElement('span');
    band.className = 'readability-status__band';
    const details = document.createElement('span');
    details.className = 'readability-status__details';
    const hint = document.createElement('span');
    hint.className = 'readability-status__hint';
    hint.textContent = config.strings.hint;
    status.append(score, band, details, hint);
    const footer = form.querySelector('footer');
    if (footer) {
      footer.append(status);
    } else {
      form.prepend(status);
    }

    let shown = null;
    const update = () => {
      const fields = readableFields();
      if (!fields.length) {
        status.hidden = true;
        return;
      }
      const result = window.readabilityLix.readability(text(fields));
      const bandOf = (value) => config.bands.filter((item) => value >= item.low).pop();
      const current = result.score === null ? null : bandOf(result.score);
      const key = result.score === null ? 'empty' : `${result.score} ${result.words} ${result.sentences}`;
      status.hidden = false;
      if (key === shown) {
        return;
      }
      shown = key;
      status.dataset.words = result.words;
      status.dataset.sentences = result.sentences;
      status.dataset.longWords = result.longWords;
      score.textContent = `LIX ${result.score === null ? '–' : result.score}`;
      if (current === null) {
        status.dataset.band = 'empty';
        band.textContent = config.strings.empty;
        band.title = '';
        details.textContent = '';
        hint.hidden = true;
        return;
      }
      status.dataset.band = current.key;
      band.textContent = current.label;
      band.title = current.example;
      details.textContent = interpolate(config.strings.details, {
        per_sentence: wholeNumber.format(result.words / result.sentences),
        long_share: percent.format(result.longWords / result.words),
      });
      hint.hidden = result.score < config.hard;
    };

    let timer = null;
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, DELAY);
    };
    // Listened to while capturing: StreamField's buttons stop their clicks from bubbling up to the form.
    ['input', 'change', 'keyup', 'paste', 'cut', 'drop', 'click'].forEach((type) =>
      form.addEventListener(type, later, true),
    );
    // Blocks added, moved or removed by script (StreamField, InlinePanel) raise no event.
    new MutationObserver(later).observe(form, { childList: true, subtree: true });
    update();
    later(); // once more when StreamField's and Draftail's own scripts have built their fields
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
