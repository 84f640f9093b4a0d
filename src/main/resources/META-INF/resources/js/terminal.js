// KubeLab lab terminal: xterm.js with local line editing, talking JSON over a WebSocket to the
// learner's simulated cluster. Protocol: docs/protocol.md. Plain ES2020, no build step.
//
// The Terminal instance is exposed as window.term (browser tests read its buffer).
(() => {
  'use strict';

  const MAX_LINE = 4096; // characters (UTF-16 units, as the server counts them)
  const LOG_LINES = 200;
  const RETRY_MIN = 500;
  const RETRY_MAX = 10000;
  const TYPE_AHEAD_MAX = 8192;
  const MAX_FRAME = 16384; // bytes of one JSON frame the server accepts (docs/protocol.md, Limits)
  const RED = '\x1b[31m';
  const DIM = '\x1b[2m';
  const RESET = '\x1b[0m';

  const host = document.getElementById('terminal');
  if (!host || typeof window.Terminal !== 'function') return;
  const statusEl = document.getElementById('terminal-status');
  const logEl = document.getElementById('terminal-log');
  const hintEl = document.getElementById('terminal-hint');
  const panelEl = document.getElementById('cluster-panel');
  let panel = null;
  try {
    panel = panelEl && window.ClusterPanel ? window.ClusterPanel.create(panelEl) : null;
  } catch (e) {
    console.error('cluster panel failed to start', e);
  }

  // ---- xterm.js -----------------------------------------------------------------------------
  const term = new window.Terminal({
    fontFamily: 'ui-monospace, "DejaVu Sans Mono", "Cascadia Mono", Menlo, Consolas, "Liberation Mono", monospace',
    fontSize: 14,
    cursorBlink: true,
    scrollback: 5000,
    minimumContrastRatio: 4.5, // WCAG AA for whatever colours the output uses
    theme: {
      background: '#14181d',
      foreground: '#e6edf3',
      cursor: '#e6edf3',
      cursorAccent: '#14181d',
      selectionBackground: '#3b5070',
      black: '#484f58', red: '#ff7b72', green: '#7ee787', yellow: '#e3b341',
      blue: '#79c0ff', magenta: '#d2a8ff', cyan: '#76e3ea', white: '#d0d7de',
      brightBlack: '#8b949e', brightRed: '#ffa198', brightGreen: '#aff5b4', brightYellow: '#f8e3a1',
      brightBlue: '#a5d6ff', brightMagenta: '#e2c5ff', brightCyan: '#b3f0ff', brightWhite: '#ffffff',
    },
  });
  const fit = window.FitAddon ? new window.FitAddon.FitAddon() : null;
  if (fit) term.loadAddon(fit);
  term.open(host);
  window.term = term;
  const textarea = host.querySelector('textarea');
  if (textarea && hintEl) textarea.setAttribute('aria-describedby', hintEl.id);

  // ---- line editor state ---------------------------------------------------------------------
  // mode: 'connecting' (waiting for the greeting; keys are kept as type-ahead),
  //       'prompting'  (a prompt arrived and is being drawn; keys are kept as type-ahead),
  //       'idle'       (prompt shown, editing), 'running' (a command or interrupt is in flight).
  let mode = 'connecting';
  let promptText = '';
  let promptPlain = '';
  let continuing = false; // the shown prompt is a `more` prompt
  let buf = []; // the line being edited, one code point per entry
  let cursor = 0; // index into buf
  let drawnRow = 0; // rows between the start of the prompt and the cursor, as drawn
  let nextId = 0;
  let runningId = null;
  let typeAhead = '';
  let pasteQueue = '';
  let history = [];
  let histIndex = 0;
  let savedLine = null;
  let pendingCompletion = null;
  let atLineStart = true; // best guess whether output left the cursor in column 0
  let editorId = null; // the command whose file is open in the editor (js/editor.js)

  // ---- text helpers --------------------------------------------------------------------------
  // eslint-disable-next-line no-control-regex
  const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[PX^_][^\x1b]*\x1b\\|\x1b[@-Z\\-_]|\x1b/g;
  // eslint-disable-next-line no-control-regex
  const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;

  function stripAnsi(s) {
    return s.replace(ANSI, '');
  }

  function charWidth(cp) {
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
    if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
    if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f)
        || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
        || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd)) {
      return 2;
    }
    return 1;
  }

  /** Where the cursor ends after writing `text` from column 0; col === cols means "wrap pending". */
  function measure(text, cols) {
    let row = 0;
    let col = 0;
    for (const ch of text) {
      const w = charWidth(ch.codePointAt(0));
      if (w === 0) continue;
      if (col + w > cols) {
        row++;
        col = 0;
      }
      col += w;
    }
    return { row, col };
  }

  function lineText() {
    return buf.join('');
  }

  // ---- drawing the input line ----------------------------------------------------------------
  /** Redraws prompt + line from the start of the input and puts the cursor where it belongs. */
  function render() {
    const cols = term.cols;
    let out = drawnRow > 0 ? `\x1b[${drawnRow}A` : '';
    out += '\r\x1b[J' + promptText + lineText();
    let end = measure(promptPlain + lineText(), cols);
    if (end.col >= cols) {
      out += ' \b'; // leave the "wrap pending" state: the cursor moves to the next row, column 0
      end = { row: end.row + 1, col: 0 };
    }
    let target = measure(promptPlain + buf.slice(0, cursor).join(''), cols);
    if (target.col >= cols) target = { row: target.row + 1, col: 0 };
    if (end.row > target.row) out += `\x1b[${end.row - target.row}A`;
    out += '\r';
    if (target.col > 0) out += `\x1b[${target.col}C`;
    drawnRow = target.row;
    term.write(out);
  }

  /** Moves the cursor below the input (to column 0 of a fresh row); the input stays on screen. */
  function leaveInput(suffix) {
    const cols = term.cols;
    const end = measure(promptPlain + lineText(), cols);
    const wrapped = end.col >= cols;
    const endRow = wrapped ? end.row + 1 : end.row;
    let out = endRow > drawnRow ? `\x1b[${endRow - drawnRow}B` : '';
    if (wrapped) {
      out += '\r' + (suffix || '');
      if (suffix) out += '\r\n';
    } else {
      out += (suffix || '') + '\r\n';
    }
    drawnRow = 0;
    term.write(out);
  }

  /** Prints text under the current input, then draws the prompt and the line again (bash-style). */
  function printBelowInput(text) {
    leaveInput('');
    if (text && !text.endsWith('\n')) text += '\r\n';
    term.write(text || '');
    atLineStart = true;
    render();
  }

  function setLine(text, cur) {
    buf = Array.from(text);
    cursor = cur == null ? buf.length : Math.max(0, Math.min(buf.length, cur));
    render();
  }

  /** Sets the line from a UTF-16 string and a UTF-16 cursor (the server's units). */
  function setLineUtf16(text, cur16) {
    setLine(text, Array.from(text.slice(0, cur16)).length);
  }

  function cursorUtf16() {
    return buf.slice(0, cursor).join('').length;
  }

  function insert(text) {
    const chars = Array.from(text.replace(CONTROL, ''));
    if (!chars.length) return;
    const atEnd = cursor === buf.length;
    buf.splice(cursor, 0, ...chars);
    cursor += chars.length;
    if (atEnd) {
      // Fast path: just write the characters when that cannot involve a line wrap.
      const before = measure(promptPlain + buf.slice(0, cursor - chars.length).join(''), term.cols);
      const after = measure(promptPlain + lineText(), term.cols);
      if (after.row === before.row && after.col < term.cols && before.col < term.cols) {
        term.write(chars.join(''));
        return;
      }
    }
    render();
  }

  // ---- the screen-reader log -----------------------------------------------------------------
  let logPartial = '';

  function logText(data) {
    if (!logEl) return;
    let text = stripAnsi(String(data).replace(/\r\n/g, '\n')).replace(/\r/g, '').replace(CONTROL, '');
    text = logPartial + text;
    const lines = text.split('\n');
    logPartial = lines.pop();
    for (const line of lines) appendLogLine(line);
  }

  function logFlush() {
    if (logPartial) {
      appendLogLine(logPartial);
      logPartial = '';
    }
  }

  function appendLogLine(line) {
    const div = document.createElement('div');
    div.textContent = line;
    logEl.append(div);
    while (logEl.childElementCount > LOG_LINES) logEl.firstElementChild.remove();
  }

  // ---- terminal output -----------------------------------------------------------------------
  function writeOutput(data) {
    term.write(data);
    logText(data);
    const visible = stripAnsi(data);
    if (/\x1b\[[0-9;]*[HJ]$/.test(data) && !visible) atLineStart = true;
    else if (visible) atLineStart = visible.endsWith('\n');
  }

  function writeError(message) {
    const text = RED + message + RESET + '\r\n';
    logFlush();
    appendLogLineSafe('error: ' + message);
    if (mode === 'idle') {
      printBelowInput(text);
    } else {
      term.write((atLineStart ? '' : '\r\n') + text);
      atLineStart = true;
    }
  }

  function appendLogLineSafe(line) {
    if (logEl) appendLogLine(line);
  }

  function setStatus(text) {
    if (statusEl && statusEl.textContent !== text) statusEl.textContent = text;
  }

  // ---- prompts -------------------------------------------------------------------------------
  /** Draws a (new) prompt once everything written before it is on screen, then replays type-ahead. */
  function showPrompt(text, more) {
    promptText = text;
    promptPlain = stripAnsi(text);
    continuing = more;
    if (mode === 'prompting') return; // already scheduled: it will use the latest prompt
    mode = 'prompting';
    logFlush();
    term.write('', () => {
      if (term.buffer.active.cursorX !== 0) term.write('\r\n');
      atLineStart = true;
      drawnRow = 0;
      mode = 'idle';
      render();
      const keys = typeAhead;
      typeAhead = '';
      if (keys) handleKeys(keys);
      drainPaste();
    });
  }

  // ---- sending -------------------------------------------------------------------------------
  let ws = null;

  function connected() {
    return ws !== null && ws.readyState === WebSocket.OPEN;
  }

  function send(message) {
    if (!connected()) return false;
    ws.send(JSON.stringify(message));
    return true;
  }

  function submit() {
    const line = lineText();
    if (line.length > MAX_LINE) {
      pasteQueue = '';
      leaveInput('');
      buf = [];
      cursor = 0;
      writeErrorIdle(`line too long: ${line.length} characters (limit ${MAX_LINE}); it was not sent`);
      return;
    }
    if (!connected()) {
      pasteQueue = '';
      printBelowInput(RED + 'Not connected: the line was kept, press Enter again once the terminal is back.' + RESET);
      return;
    }
    leaveInput('');
    logFlush();
    appendLogLineSafe(promptPlain + line);
    if (!continuing && line.trim() && history[history.length - 1] !== line) history.push(line);
    histIndex = history.length;
    savedLine = null;
    buf = [];
    cursor = 0;
    pendingCompletion = null;
    atLineStart = true;
    runningId = ++nextId;
    mode = 'running';
    send({ type: 'exec', id: runningId, line });
  }

  /** An error shown while idle after the input was already left: print it and a fresh prompt. */
  function writeErrorIdle(message) {
    term.write(RED + message + RESET + '\r\n');
    appendLogLineSafe('error: ' + message);
    atLineStart = true;
    drawnRow = 0;
    render();
  }

  function interrupt() {
    typeAhead = '';
    pasteQueue = '';
    pendingCompletion = null;
    if (mode === 'idle') {
      leaveInput('^C');
      logFlush();
      appendLogLineSafe(promptPlain + lineText() + '^C');
      buf = [];
      cursor = 0;
      histIndex = history.length;
      savedLine = null;
      if (send({ type: 'interrupt', id: nextId })) {
        mode = 'running';
        runningId = null;
      } else {
        continuing = false;
        render();
      }
    } else if (mode === 'running') {
      term.write('^C\r\n');
      logFlush();
      appendLogLineSafe('^C');
      atLineStart = true;
      send({ type: 'interrupt', id: runningId != null ? runningId : nextId });
    } else {
      buf = [];
      cursor = 0;
    }
  }

  // ---- completion ----------------------------------------------------------------------------
  function requestCompletion() {
    const line = lineText();
    if (line.length > MAX_LINE) return;
    const cur = cursorUtf16();
    const id = ++nextId;
    if (send({ type: 'complete', id, line, cursor: cur })) pendingCompletion = { id, line, cursor: cur };
  }

  function commonPrefix(words) {
    let prefix = words[0];
    for (const w of words) {
      let i = 0;
      while (i < prefix.length && i < w.length && prefix[i] === w[i]) i++;
      prefix = prefix.slice(0, i);
    }
    return prefix;
  }

  function columns(words) {
    const cols = term.cols;
    const width = Math.max(...words.map((w) => measure(w, 10000).col)) + 2;
    const perRow = Math.max(1, Math.floor((cols + 2) / width));
    const rows = Math.ceil(words.length / perRow);
    const out = [];
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < perRow; c++) {
        const w = words[c * rows + r];
        if (w == null) continue;
        const last = c === perRow - 1 || words[(c + 1) * rows + r] == null;
        line += last ? w : w + ' '.repeat(width - measure(w, 10000).col);
      }
      out.push(line);
    }
    return out.join('\r\n') + '\r\n';
  }

  function onCompletion(msg) {
    const pending = pendingCompletion;
    if (!pending || pending.id !== msg.id) return;
    pendingCompletion = null;
    if (mode !== 'idle' || lineText() !== pending.line || cursorUtf16() !== pending.cursor) return; // typed on
    const candidates = Array.isArray(msg.candidates) ? msg.candidates.filter((c) => typeof c === 'string') : [];
    if (!candidates.length) return;
    const line = pending.line;
    const cur = pending.cursor;
    const start = Math.max(0, Math.min(cur, Number(msg.start) || 0));
    const word = line.slice(start, cur);
    if (candidates.length === 1) {
      let insertText = candidates[0];
      if (!insertText.endsWith('/')) insertText += ' ';
      if (insertText === word + ' ' && line.slice(cur).startsWith(' ')) insertText = word;
      setLineUtf16(line.slice(0, start) + insertText + line.slice(cur), start + insertText.length);
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > word.length) {
      setLineUtf16(line.slice(0, start) + prefix + line.slice(cur), start + prefix.length);
      return;
    }
    // No progress (or a second Tab): list the candidates under the line, bash-style.
    const sorted = Array.from(new Set(candidates)).sort();
    const shown = sorted.slice(0, 300);
    let text = columns(shown);
    if (sorted.length > shown.length) text += DIM + `… and ${sorted.length - shown.length} more` + RESET + '\r\n';
    logFlush();
    appendLogLineSafe(sorted.join('  '));
    printBelowInput(text);
  }

  // ---- history -------------------------------------------------------------------------------
  function historyUp() {
    if (histIndex <= 0) return;
    if (histIndex >= history.length) savedLine = lineText();
    histIndex--;
    setLine(history[histIndex]);
  }

  function historyDown() {
    if (histIndex >= history.length) return;
    histIndex++;
    setLine(histIndex >= history.length ? savedLine || '' : history[histIndex]);
    if (histIndex >= history.length) savedLine = null;
  }

  // ---- editing -------------------------------------------------------------------------------
  function isSpace(ch) {
    return ch === ' ' || ch === '\t';
  }

  function wordLeft() {
    let i = cursor;
    while (i > 0 && isSpace(buf[i - 1])) i--;
    while (i > 0 && !isSpace(buf[i - 1])) i--;
    return i;
  }

  function wordRight() {
    let i = cursor;
    while (i < buf.length && isSpace(buf[i])) i++;
    while (i < buf.length && !isSpace(buf[i])) i++;
    return i;
  }

  function move(to) {
    to = Math.max(0, Math.min(buf.length, to));
    if (to === cursor) return;
    cursor = to;
    render();
  }

  function del(from, to) {
    if (from >= to) return;
    buf.splice(from, to - from);
    cursor = from;
    render();
  }

  const SEQUENCES = {
    '\x1b[A': () => historyUp(), '\x1bOA': () => historyUp(),
    '\x1b[B': () => historyDown(), '\x1bOB': () => historyDown(),
    '\x1b[C': () => move(cursor + 1), '\x1bOC': () => move(cursor + 1),
    '\x1b[D': () => move(cursor - 1), '\x1bOD': () => move(cursor - 1),
    '\x1b[H': () => move(0), '\x1bOH': () => move(0), '\x1b[1~': () => move(0), '\x1b[7~': () => move(0),
    '\x1b[F': () => move(buf.length), '\x1bOF': () => move(buf.length), '\x1b[4~': () => move(buf.length),
    '\x1b[8~': () => move(buf.length),
    '\x1b[3~': () => del(cursor, cursor + 1),
    '\x1b[1;5D': () => move(wordLeft()), '\x1b[1;3D': () => move(wordLeft()), '\x1bb': () => move(wordLeft()),
    '\x1b[1;5C': () => move(wordRight()), '\x1b[1;3C': () => move(wordRight()), '\x1bf': () => move(wordRight()),
    '\x1bd': () => del(cursor, wordRight()),
    '\x1b\x7f': () => del(wordLeft(), cursor),
  };

  const CONTROLS = {
    '\x01': () => move(0), // Ctrl-A
    '\x02': () => move(cursor - 1), // Ctrl-B
    '\x03': () => interrupt(), // Ctrl-C
    '\x04': () => { // Ctrl-D: delete under the cursor, or leave (ssh, exec -it) on an empty line
      if (buf.length) del(cursor, cursor + 1);
      else if (!continuing) {
        insert('exit');
        submit();
      }
    },
    '\x05': () => move(buf.length), // Ctrl-E
    '\x06': () => move(cursor + 1), // Ctrl-F
    '\x7f': () => del(cursor - 1, cursor), // Backspace
    '\b': () => del(cursor - 1, cursor), // Ctrl-H
    '\t': () => requestCompletion(),
    '\x0b': () => del(cursor, buf.length), // Ctrl-K
    '\x0c': () => { // Ctrl-L
      term.write('\x1b[H\x1b[2J');
      drawnRow = 0;
      render();
    },
    '\x0e': () => historyDown(), // Ctrl-N
    '\x10': () => historyUp(), // Ctrl-P
    '\x15': () => del(0, cursor), // Ctrl-U
    '\x17': () => del(wordLeft(), cursor), // Ctrl-W
    '\r': () => submit(),
    '\n': () => submit(),
  };

  const PASTE_START = '\x1b[200~';
  const PASTE_END = '\x1b[201~';

  /** Keys from xterm (or type-ahead) while idle; stops where a submitted line starts a command. */
  function handleKeys(data) {
    if (!data.startsWith('\x1b') && data.length > 1 && /[\r\n]/.test(data) && !data.includes(PASTE_START)) {
      paste(data); // a multi-line chunk without escape sequences is a paste
      return;
    }
    let i = 0;
    while (i < data.length) {
      if (mode !== 'idle') {
        // A line of this chunk was submitted: what was typed after it (in the same chunk, so before
        // the command started) waits for the next prompt; Ctrl-C in it interrupts.
        const rest = data.slice(i);
        if (rest.includes('\x03')) interrupt();
        else queueTypeAhead(rest);
        return;
      }
      const ch = data[i];
      if (ch === '\x1b') {
        if (data.startsWith(PASTE_START, i)) {
          const end = data.indexOf(PASTE_END, i + PASTE_START.length);
          const stop = end < 0 ? data.length : end;
          paste(data.slice(i + PASTE_START.length, stop));
          i = end < 0 ? data.length : end + PASTE_END.length;
          continue;
        }
        let j = i + 1;
        if (data[j] === '[') {
          j++;
          while (j < data.length && !/[@-~]/.test(data[j])) j++;
          j++;
        } else if (data[j] === 'O') {
          j += 2;
        } else if (j < data.length) {
          j++;
        }
        const seq = data.slice(i, j);
        const action = SEQUENCES[seq];
        if (action) action();
        i = j;
        continue;
      }
      const control = CONTROLS[ch];
      if (control) {
        control();
        i++;
        continue;
      }
      let j = i;
      while (j < data.length && data[j] >= ' ' && data[j] !== '\x7f' && data[j] !== '\x1b') j++;
      if (j === i) { // another control character: ignored
        i++;
        continue;
      }
      insert(data.slice(i, j));
      i = j;
    }
  }

  function queueTypeAhead(data) {
    if (data.includes('\x03')) {
      typeAhead = '';
      pasteQueue = '';
      buf = [];
      cursor = 0;
      return;
    }
    if (typeAhead.length + data.length <= TYPE_AHEAD_MAX) typeAhead += data;
  }

  /** Pasted text: each complete line is submitted in turn; a trailing partial line stays in the editor. */
  function paste(text) {
    const clean = text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').replace(ANSI, '')
      .replace(/[\x00-\x09\x0b-\x1f\x7f]/g, '');
    pasteQueue += clean;
    drainPaste();
  }

  function drainPaste() {
    while (mode === 'idle' && pasteQueue) {
      const nl = pasteQueue.indexOf('\n');
      if (nl < 0) {
        const rest = pasteQueue;
        pasteQueue = '';
        insert(rest);
        return;
      }
      const part = pasteQueue.slice(0, nl);
      pasteQueue = pasteQueue.slice(nl + 1);
      insert(part);
      submit();
    }
  }

  term.onData((data) => {
    if (mode === 'idle') handleKeys(data);
    else if (mode === 'running') {
      if (data.includes('\x03')) interrupt();
    } else queueTypeAhead(data); // connecting / prompting: keep for the prompt
  });

  // Esc then Tab (or Shift-Tab) moves the focus out of the terminal: Tab alone is completion.
  let escArmed = false;
  term.attachCustomKeyEventHandler((ev) => {
    if (ev.type !== 'keydown') return true;
    if (ev.key === 'Escape') {
      escArmed = true;
      return false;
    }
    if (ev.key === 'Tab' && escArmed) {
      escArmed = false;
      return false; // let the browser move the focus
    }
    if (ev.key !== 'Shift') escArmed = false;
    return true;
  });

  // ---- the file editor (vi, nano, kubectl edit): js/editor.js -------------------------------
  // The command stays running while the dialog is open; the dialog has the focus, so no keys
  // reach the terminal. Save sends file.save and waits for the command's exit (or another
  // editor.open); Cancel sends interrupt and closes at once.
  function openEditor(msg) {
    const editor = window.kubelab && window.kubelab.editor;
    const id = Number(msg.id);
    if (!editor) {
      send({ type: 'interrupt', id });
      return;
    }
    editorId = id;
    const path = String(msg.path || '');
    editor.open({
      title: String(msg.title || path.slice(path.lastIndexOf('/') + 1)),
      path,
      content: typeof msg.content === 'string' ? msg.content : '',
      afterClose: () => term.focus(),
      onSave(content) {
        const frame = JSON.stringify({ type: 'file.save', id, path, content });
        if (new TextEncoder().encode(frame).length > MAX_FRAME) {
          return 'File too large to save here (limit 16 KiB). Nothing was saved.';
        }
        if (!connected()) return 'Not connected: your text is kept. Save again once the terminal is back.';
        ws.send(frame);
        return null;
      },
      onCancel() {
        editorId = null;
        send({ type: 'interrupt', id });
      },
    });
  }

  function closeEditor() {
    editorId = null;
    if (window.kubelab && window.kubelab.editor) window.kubelab.editor.close();
  }

  // ---- server messages -----------------------------------------------------------------------
  function onReplay(data) {
    term.reset();
    term.write('\x1b[?2004h'); // bracketed paste: pasted text arrives marked as such
    drawnRow = 0;
    runningId = null;
    pendingCompletion = null;
    pasteQueue = '';
    mode = 'connecting';
    if (typeof data === 'string' && data) term.write(data);
    const visible = stripAnsi(data || '');
    atLineStart = !visible || visible.endsWith('\n');
  }

  function onMessage(msg) {
    switch (msg.type) {
      case 'replay':
        onReplay(msg.data);
        break;
      case 'history':
        history = Array.isArray(msg.entries) ? msg.entries.filter((e) => typeof e === 'string') : [];
        histIndex = history.length;
        savedLine = null;
        break;
      case 'state':
        if (panel) {
          try {
            panel.apply(msg);
          } catch (e) {
            console.error('cluster panel could not apply a state message', e);
          }
        }
        break;
      case 'page':
        if (window.kubelab.browser) window.kubelab.browser.show(msg);
        break;
      case 'trace':
        if (panel) {
          try {
            panel.trace(msg);
          } catch (e) {
            console.error('cluster panel could not show a trace', e);
          }
        }
        break;
      case 'prompt':
        if (mode === 'idle') {
          if (typeof msg.text === 'string' && msg.text !== promptText) {
            promptText = msg.text;
            promptPlain = stripAnsi(msg.text);
            continuing = false;
            render();
          }
        } else {
          showPrompt(String(msg.text || ''), false);
        }
        break;
      case 'more':
        if (mode !== 'idle') showPrompt(String(msg.prompt || '> '), true);
        break;
      case 'output':
        if (typeof msg.data !== 'string') break;
        if (mode === 'idle') {
          logText(msg.data);
          printBelowInput(msg.data);
        } else {
          writeOutput(msg.data);
        }
        break;
      case 'exit':
        logFlush();
        if (editorId !== null && msg.id === editorId) closeEditor();
        break;
      case 'editor.open':
        openEditor(msg);
        break;
      case 'completion':
        onCompletion(msg);
        break;
      case 'error': {
        const text = String(msg.message || 'error');
        const forRunning = mode === 'running' && msg.id != null && msg.id === runningId;
        writeError(text);
        if (editorId !== null && (msg.id == null || msg.id === editorId)) window.kubelab.editor.failed(text);
        // With the running command's id the server ends that command (exit + prompt). Without
        // one the frame was refused whole: nothing else follows, so give the prompt back here.
        // (While the editor is open its command still runs: a refused file.save changes nothing.)
        if (mode === 'running' && !forRunning && msg.id == null && editorId === null) showPrompt(promptText, continuing);
        break;
      }
      default:
        break; // newer message types are ignored
    }
  }

  // ---- connection ----------------------------------------------------------------------------
  let retryDelay = RETRY_MIN;
  let retryTimer = null;
  let unloading = false;
  let gaveUp = false;

  function url() {
    return (location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + location.host + host.dataset.wsPath;
  }

  function connect() {
    retryTimer = null;
    let sock;
    try {
      sock = new WebSocket(url());
    } catch (e) {
      scheduleReconnect('');
      return;
    }
    ws = sock;
    sock.onopen = () => {
      if (ws === sock) setStatus('');
    };
    sock.onmessage = (ev) => {
      if (ws !== sock) return;
      retryDelay = RETRY_MIN; // the server talks to us: a later drop starts the backoff afresh
      let msg;
      try {
        msg = JSON.parse(ev.data);
      } catch (e) {
        return;
      }
      if (msg && typeof msg === 'object' && typeof msg.type === 'string') onMessage(msg);
    };
    sock.onerror = () => { /* a close event follows */ };
    sock.onclose = (ev) => {
      if (ws !== sock) return;
      ws = null;
      if (unloading) return;
      if (mode !== 'idle') {
        mode = 'connecting';
        runningId = null;
      }
      pendingCompletion = null;
      pasteQueue = '';
      if (editorId !== null) { // the editor stays open with the text; its save may not have arrived
        window.kubelab.editor.failed('Connection lost: your text is kept. Save again once the terminal is back.');
      }
      const reason = ev.reason || '';
      if (ev.code >= 4400 && ev.code < 4500) { // refused for good (no session, unknown lab, …)
        gaveUp = true;
        setStatus((reason || 'The server closed the terminal.') + ' Reload the page to try again.');
        return;
      }
      scheduleReconnect(reason);
    };
  }

  function scheduleReconnect(reason) {
    if (retryTimer || gaveUp) return;
    setStatus(reason ? reason + ' — reconnecting…' : 'Reconnecting…');
    const delay = retryDelay;
    retryDelay = Math.min(RETRY_MAX, retryDelay * 2);
    retryTimer = setTimeout(connect, delay);
  }

  window.addEventListener('online', () => {
    if (retryTimer && !ws) {
      clearTimeout(retryTimer);
      connect();
    }
  });
  window.addEventListener('pagehide', () => {
    unloading = true;
  });
  window.addEventListener('pageshow', (ev) => {
    unloading = false;
    if (ev.persisted && !ws && !retryTimer && !gaveUp) connect(); // back/forward cache
  });

  // ---- sizing --------------------------------------------------------------------------------
  let fitTimer = null;

  function refit() {
    fitTimer = null;
    if (!fit) return;
    const before = term.cols;
    try {
      fit.fit();
    } catch (e) {
      return;
    }
    if (term.cols !== before && mode === 'idle') {
      // xterm reflows the wrapped input; recompute where the cursor sits within it.
      let target = measure(promptPlain + buf.slice(0, cursor).join(''), term.cols);
      if (target.col >= term.cols) target = { row: target.row + 1, col: 0 };
      drawnRow = target.row;
    }
  }

  if (fit) {
    refit();
    if (window.ResizeObserver) {
      new ResizeObserver(() => {
        if (!fitTimer) fitTimer = setTimeout(refit, 50);
      }).observe(host);
    } else {
      window.addEventListener('resize', () => {
        if (!fitTimer) fitTimer = setTimeout(refit, 50);
      });
    }
  }

  // For later features (a "reset lab" button), debugging and the browser tests' network-drop check.
  window.kubelab = Object.assign(window.kubelab || {}, {
    reset() {
      if (!connected()) return false;
      closeEditor(); // a fresh cluster: the file being edited is gone
      return send({ type: 'reset' });
    },
    /** The browser tab's request: open url from the laptop (answered by a 'page' message). */
    browse(url) {
      return send({ type: 'browse', url: String(url) });
    },
    /** Drops the socket as a flaky network would; the terminal reconnects by itself. */
    dropConnection() {
      if (ws) ws.close(4000, 'dropped');
    },
  });

  // "Reset lab": a fresh cluster, an empty screen and history — after the learner confirms.
  const resetButton = document.getElementById('reset-lab');
  if (resetButton) {
    resetButton.addEventListener('click', () => {
      if (window.confirm('Reset this lab? Your cluster, files and command history start over.')) {
        window.kubelab.reset();
        term.focus();
      }
    });
  }

  setStatus('Connecting…');
  connect();
})();
