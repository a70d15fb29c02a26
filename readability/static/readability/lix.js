/*
 * LIX = words / sentences + 100 × long words / words, with exactly the rules of readability/lix.py
 * (read its docstring). tests/readability/test_lix_js.py runs this file with Node on the same texts as
 * the Python, so a change to one that is not made to the other fails the tests.
 *
 * A plain script (no modules, no build step): it defines globalThis.readabilityLix, in the admin and in
 * the test alike.
 */
(function (root) {
  'use strict';

  const WHITESPACE =
    '\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
  const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
  const TOKEN_SEPARATOR = new RegExp(`[${WHITESPACE}]+`);
  const SENTENCE_MARKS = '.:!?';
  const CLOSING = '"\'»«”’“‘)]}›‹';
  const OPENING = '"\'»«”’“‘([{›‹';
  const LONG_WORD = 6;
  const ABBREVIATIONS = new Set([
    'ang', 'bl.a', 'ca', 'dvs', 'evt', 'f.eks', 'hhv', 'iflg', 'ift', 'inkl', 'jf', 'kl', 'mht',
    'nr', 'pga', 'tlf', 'vedr',
  ]);
  const LETTER = /\p{L}/u;

  const letters = (token) => {
    let count = 0;
    for (const character of token) {
      if (LETTER.test(character)) {
        count += 1;
      }
    }
    return count;
  };

  const stripEnd = (text, characters) => {
    let end = text.length;
    while (end > 0 && characters.includes(text[end - 1])) {
      end -= 1;
    }
    return text.slice(0, end);
  };

  const stripStart = (text, characters) => {
    let start = 0;
    while (start < text.length && characters.includes(text[start])) {
      start += 1;
    }
    return text.slice(start);
  };

  const endsSentence = (token) => {
    const stripped = stripEnd(token, CLOSING);
    const mark = stripped.slice(-1);
    if (!mark || !SENTENCE_MARKS.includes(mark)) {
      return false;
    }
    if (mark === '.') {
      const word = stripStart(stripped, OPENING).slice(0, -1).toLowerCase();
      if (ABBREVIATIONS.has(word)) {
        return false;
      }
    }
    return true;
  };

  const roundHalfUp = (number) => Math.floor(number + 0.5);

  /* {words, sentences, longWords, lix, score}: lix and score are null for a text without words. */
  const readability = (text) => {
    const normalised = String(text == null ? '' : text).normalize('NFC');
    let words = 0;
    let sentences = 0;
    let longWords = 0;
    for (const line of normalised.split(LINE_BREAK)) {
      let openSentence = false;
      for (const token of line.split(TOKEN_SEPARATOR)) {
        if (!token) {
          continue;
        }
        const length = letters(token);
        if (length) {
          words += 1;
          if (length > LONG_WORD) {
            longWords += 1;
          }
          openSentence = true;
        }
        if (openSentence && endsSentence(token)) {
          sentences += 1;
          openSentence = false;
        }
      }
      if (openSentence) {
        sentences += 1;
      }
    }
    const lix = words ? words / sentences + (100 * longWords) / words : null;
    return { words, sentences, longWords, lix, score: lix === null ? null : roundHalfUp(lix) };
  };

  /* The plain text of a Draftail editor's content (its raw ContentState): one line per block. */
  const contentStateText = (contentState) => {
    if (!contentState || !Array.isArray(contentState.blocks)) {
      return '';
    }
    return contentState.blocks.map((block) => block.text || '').join('\n');
  };

  root.readabilityLix = { readability, contentStateText, roundHalfUp };
})(globalThis);
