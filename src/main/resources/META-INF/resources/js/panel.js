// KubeLab cluster panel: renders the learner's simulated cluster from the WebSocket `state`
// messages (docs/protocol.md) into #cluster-panel. Plain DOM, no innerHTML with server data.
//
// Usage (terminal.js does this):  const panel = ClusterPanel.create(element); panel.apply(stateMessage);
// Stable hooks for tests: [data-node="<name>"], [data-pod="<ns>/<name>"], [data-service="<ns>/<name>"].
(() => {
  'use strict';

  const ALL = '';

  /** A status word → a tone (colour) and a shape, so the cue is never colour alone. */
  function tone(status) {
    const s = String(status || '').toLowerCase();
    if (s === 'running' || s === 'ready') return { tone: 'ok', mark: '●' };
    if (s === 'completed' || s === 'succeeded') return { tone: 'done', mark: '✓' };
    if (s === 'terminating' || s.includes('schedulingdisabled')) return { tone: 'muted', mark: '◌' };
    if (s === 'pending' || s === 'containercreating' || s === 'podinitializing' || s.startsWith('init:')
        || s === 'unknown') {
      return { tone: 'wait', mark: '◐' };
    }
    return { tone: 'bad', mark: '✕' }; // NotReady, Error, CrashLoopBackOff, ErrImagePull, ImagePullBackOff…
  }

  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v == null || v === false) continue;
        if (k === 'class') el.className = v;
        else if (k === 'text') el.textContent = v;
        else el.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) {
      if (c == null || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  function badge(status) {
    const t = tone(status);
    return h('span', { class: 'badge badge-' + t.tone },
      h('span', { class: 'badge-mark', 'aria-hidden': 'true', text: t.mark }), ' ' + (status || 'Unknown'));
  }

  function labelText(labels) {
    return Object.keys(labels || {}).sort().map((k) => k + '=' + labels[k]);
  }

  /** Puts exactly `wanted` (in order) as the children of `parent`, moving only what is out of place. */
  function reconcile(parent, wanted) {
    const keep = new Set(wanted);
    for (const child of Array.from(parent.children)) {
      if (!keep.has(child)) child.remove();
    }
    wanted.forEach((el, i) => {
      if (parent.children[i] !== el) parent.insertBefore(el, parent.children[i] || null);
    });
  }

  function byName(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function podKey(p) {
    return p.namespace + '/' + p.name;
  }

  function create(root) {
    const nodes = new Map(); // name → node
    const pods = new Map(); // ns/name → pod
    const services = new Map(); // ns/name → service
    const nodeEls = new Map();
    const podEls = new Map();
    const serviceEls = new Map();
    let unscheduledEl = null;
    let filter = ALL;
    let uid = 0;

    // ---- static skeleton -------------------------------------------------------------------
    root.textContent = '';
    const select = h('select', { id: 'ns-filter', class: 'ns-filter' });
    select.append(h('option', { value: ALL, text: 'All namespaces' }));
    select.addEventListener('change', () => {
      filter = select.value;
      render();
    });
    const summary = h('p', { class: 'panel-summary', 'aria-live': 'off' });
    const head = h('div', { class: 'panel-head' },
      h('h2', { class: 'panel-title', text: 'Cluster' }),
      h('div', { class: 'panel-filter' }, h('label', { for: 'ns-filter', text: 'Namespace' }), select),
      summary);
    const nodesList = h('div', { class: 'node-grid' });
    const nodesSection = h('section', { class: 'panel-section', 'aria-labelledby': 'panel-nodes-title' },
      h('h3', { id: 'panel-nodes-title', text: 'Nodes and their Pods' }), nodesList);
    const svcBody = h('tbody');
    const svcTable = h('table', { class: 'svc-table' },
      h('caption', { class: 'visually-hidden', text: 'Services' }),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col', text: 'Service' }),
        h('th', { scope: 'col', text: 'Type' }),
        h('th', { scope: 'col', text: 'Cluster IP' }),
        h('th', { scope: 'col', text: 'Ports' }),
        h('th', { scope: 'col', text: 'Endpoints' }))),
      svcBody);
    const svcEmpty = h('p', { class: 'empty', text: 'No Services in this namespace.' });
    const svcSection = h('section', { class: 'panel-section', 'aria-labelledby': 'panel-svc-title' },
      h('h3', { id: 'panel-svc-title', text: 'Services' }), svcTable, svcEmpty);
    const waiting = h('p', { class: 'empty', text: 'Waiting for the cluster…' });
    // Traffic: the path of the latest connection a command opened (curl, wget…), hop by hop.
    const showTraffic = h('input', { type: 'checkbox', id: 'traffic-toggle', class: 'traffic-toggle' });
    showTraffic.checked = localStorage.getItem('kubelab.traffic') !== 'off';
    const trafficBody = h('div', { class: 'traffic-body', 'aria-live': 'polite' });
    const trafficSection = h('section', { class: 'panel-section traffic', 'aria-labelledby': 'panel-traffic-title' },
      h('div', { class: 'traffic-head' },
        h('h3', { id: 'panel-traffic-title', text: 'Traffic' }),
        h('label', { for: 'traffic-toggle', class: 'traffic-label' }, showTraffic, ' Show packet paths')),
      trafficBody);
    trafficSection.hidden = true;
    showTraffic.addEventListener('change', () => {
      localStorage.setItem('kubelab.traffic', showTraffic.checked ? 'on' : 'off');
      trafficBody.hidden = !showTraffic.checked;
    });
    trafficBody.hidden = !showTraffic.checked;
    root.append(head, waiting, nodesSection, svcSection, trafficSection);
    nodesSection.hidden = true;
    svcSection.hidden = true;

    // ---- elements per object ---------------------------------------------------------------
    function nodeCard(name) {
      let card = nodeEls.get(name);
      if (!card) {
        const titleId = 'node-' + (++uid);
        card = h('article', { class: 'node-card', 'data-node': name, 'aria-labelledby': titleId });
        card._title = h('h4', { class: 'node-name', id: titleId });
        card._meta = h('p', { class: 'node-meta' });
        card._pods = h('ul', { class: 'pod-list', 'aria-label': 'Pods on ' + name });
        card._empty = h('p', { class: 'empty', text: 'No Pods here.' });
        card.append(h('header', { class: 'node-head' }, card._title, card._meta), card._pods, card._empty);
        nodeEls.set(name, card);
      }
      return card;
    }

    function fillNode(card, node) {
      const json = JSON.stringify(node);
      if (card._json === json) return;
      card._json = json;
      const roles = node.roles && node.roles.length ? node.roles.join(',') : '<none>';
      card._title.textContent = node.name;
      card._meta.textContent = '';
      card._meta.append(badge(node.status),
        h('span', { class: 'node-roles' }, h('span', { class: 'visually-hidden', text: 'roles: ' }), roles),
        h('span', { class: 'node-ip' }, h('span', { class: 'visually-hidden', text: 'IP: ' }), node.internalIP || '—'));
    }

    function podItem(pod) {
      const key = podKey(pod);
      let li = podEls.get(key);
      if (!li) {
        li = h('li', { class: 'pod', 'data-pod': key });
        podEls.set(key, li);
      }
      const json = JSON.stringify(pod);
      if (li._json === json) return li;
      li._json = json;
      const wasOpen = li._details ? li._details.open : false;
      li.textContent = '';
      const line = h('div', { class: 'pod-line' },
        h('span', { class: 'pod-name' },
          filter === ALL && pod.namespace !== 'default' ? h('span', { class: 'pod-ns', text: pod.namespace + '/' }) : null,
          pod.name),
        badge(pod.status || pod.phase),
        pod.ready ? h('span', { class: 'pod-ready', title: 'ready containers' },
          h('span', { class: 'visually-hidden', text: 'ready: ' }), pod.ready) : null,
        h('span', { class: 'pod-ip' }, h('span', { class: 'visually-hidden', text: 'IP: ' }), pod.ip || 'no IP'));
      li.append(line);
      const labels = labelText(pod.labels);
      li._details = null;
      if (labels.length) {
        const details = h('details', { class: 'labels' },
          h('summary', null, h('span', { class: 'labels-count', text: labels.length === 1 ? '1 label' : labels.length + ' labels' }),
            h('span', { class: 'labels-preview', 'aria-hidden': 'true', text: labels.join('  ') })),
          h('ul', { class: 'label-chips' }, ...labels.map((l) => h('li', { class: 'chip', text: l }))));
        details.open = wasOpen;
        li._details = details;
        li.append(details);
      }
      li._filter = filter;
      return li;
    }

    function serviceRow(svc) {
      const key = svc.namespace + '/' + svc.name;
      let tr = serviceEls.get(key);
      if (!tr) {
        tr = h('tr', { 'data-service': key });
        serviceEls.set(key, tr);
      }
      const json = JSON.stringify(svc);
      if (tr._json === json) return tr;
      tr._json = json;
      tr.textContent = '';
      const eps = svc.endpoints || [];
      const selector = labelText(svc.selector);
      tr.append(
        h('th', { scope: 'row', class: 'svc-name' },
          h('span', { class: 'svc-ns', text: svc.namespace + '/' }), svc.name,
          selector.length ? h('span', { class: 'svc-selector' }, 'selector: ' + selector.join(',')) : null),
        h('td', { text: svc.type || '' }),
        h('td', { class: 'mono', text: svc.clusterIP || '' }),
        h('td', { class: 'mono', text: svc.ports || '<none>' }),
        h('td', { class: 'svc-endpoints' }, eps.length
          ? h('ul', { class: 'endpoint-list' }, ...eps.map((e) => h('li', { class: 'mono', text: e })))
          : h('span', { class: 'no-endpoints' },
            h('span', { class: 'badge-mark', 'aria-hidden': 'true', text: '⚠ ' }), 'no endpoints')));
      return tr;
    }

    // ---- state -----------------------------------------------------------------------------
    function upsertAll(map, items, key) {
      for (const item of items || []) {
        if (item && typeof item === 'object') map.set(key(item), item);
      }
    }

    function removeAll(map, keys, els) {
      for (const k of keys || []) {
        map.delete(k);
        const el = els && els.get(k);
        if (el) {
          el.remove();
          els.delete(k);
        }
      }
    }

    function apply(msg) {
      if (!msg || msg.type !== 'state') return;
      if (msg.full) {
        nodes.clear();
        pods.clear();
        services.clear();
        upsertAll(nodes, msg.nodes, (n) => n.name);
        upsertAll(pods, msg.pods, podKey);
        upsertAll(services, msg.services, podKey);
        for (const map of [nodeEls, podEls, serviceEls]) {
          for (const [k, el] of map) {
            if (!(map === nodeEls ? nodes : map === podEls ? pods : services).has(k)) {
              el.remove();
              map.delete(k);
            }
          }
        }
      } else {
        const up = msg.upsert || {};
        const rm = msg.remove || {};
        removeAll(nodes, rm.nodes, nodeEls);
        removeAll(pods, rm.pods, podEls);
        removeAll(services, rm.services, serviceEls);
        upsertAll(nodes, up.nodes, (n) => n.name);
        upsertAll(pods, up.pods, podKey);
        upsertAll(services, up.services, podKey);
      }
      render();
    }

    const RESULT_TEXT = { connected: 'answered', refused: 'connection refused', timeout: 'timed out', unreachable: 'no route to host' };

    function trace(msg) {
      const conns = Array.isArray(msg && msg.connections) ? msg.connections : [];
      if (!conns.length) return;
      trafficSection.hidden = false;
      trafficBody.textContent = '';
      for (const c of conns.slice(-3)) {
        const result = RESULT_TEXT[c.result] || String(c.result || '');
        const hops = Array.isArray(c.hops) ? c.hops : [];
        trafficBody.append(h('article', { class: 'traffic-conn traffic-' + (c.result || 'unknown') },
          h('p', { class: 'traffic-request' }, h('span', { class: 'mono', text: String(c.request || '') }), ' → ' + result),
          h('ol', { class: 'traffic-hops' }, ...hops.map((hop) => h('li', null,
            h('span', { class: 'hop-where', text: String(hop.where || '') }),
            h('span', { class: 'hop-flow mono', text: String(hop.source || '') + ' → ' + String(hop.destination || '') }),
            hop.note ? h('span', { class: 'hop-note', text: String(hop.note) }) : null)))));
        if (c.result === 'connected' && c.address && showTraffic.checked) highlight(String(c.address).split(':')[0]);
      }
      animate();
    }

    const REDUCED_MOTION = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    let animation = null;

    /**
     * Walks the latest path hop by hop: each hop lights up in turn and so does the node it happens on, so
     * the packet's route across the cluster is visible. The list itself carries the same information.
     */
    function animate() {
      if (animation) clearTimeout(animation);
      const hops = Array.from(trafficBody.querySelectorAll('.traffic-hops li'));
      if (!hops.length || REDUCED_MOTION || !showTraffic.checked) return;
      let i = 0;
      const step = () => {
        hops.forEach((li) => li.classList.remove('hop-active'));
        nodeEls.forEach((card) => card.classList.remove('node-hop'));
        if (i >= hops.length) { animation = null; return; }
        const li = hops[i++];
        li.classList.add('hop-active');
        const where = li.querySelector('.hop-where');
        const node = where ? nodeOf(where.textContent) : null;
        if (node && nodeEls.has(node)) nodeEls.get(node).classList.add('node-hop');
        animation = setTimeout(step, 450);
      };
      step();
    }

    /** The node a hop happens on: "node01 nat KUBE-SVC-…", "node node02", "pod ns/name" (its node). */
    function nodeOf(where) {
      const words = String(where).trim().split(/\s+/);
      if (words[0] === 'node' && words[1]) return words[1];
      if (nodes.has(words[0])) return words[0];
      if (words[0] === 'pod' && words[1]) {
        const pod = pods.get(words[1]);
        return pod ? pod.node : null;
      }
      return null;
    }

    /** Marks the pod that answered for a moment, so the learner sees which replica got the request. */
    function highlight(ip) {
      for (const [key, p] of pods) {
        const el = podEls.get(key);
        if (el && p.ip === ip) {
          el.classList.remove('pod-hit');
          void el.offsetWidth; // restart the animation when the same pod answers twice
          el.classList.add('pod-hit');
        }
      }
    }

    function namespaces() {
      const set = new Set();
      for (const p of pods.values()) set.add(p.namespace);
      for (const s of services.values()) set.add(s.namespace);
      if (filter) set.add(filter);
      return Array.from(set).sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : byName(a, b)));
    }

    function renderFilter() {
      const wanted = namespaces();
      const current = Array.from(select.options).slice(1).map((o) => o.value);
      if (current.join('\n') === wanted.join('\n')) return;
      const options = [select.options[0]];
      for (const ns of wanted) {
        const existing = Array.from(select.options).find((o) => o.value === ns);
        options.push(existing || h('option', { value: ns, text: ns }));
      }
      reconcile(select, options);
      select.value = filter;
    }

    function render() {
      renderFilter();
      const visible = (o) => filter === ALL || o.namespace === filter;
      const podsByNode = new Map();
      const unscheduled = [];
      const sortedPods = Array.from(pods.values()).filter(visible)
        .sort((a, b) => byName(a.namespace, b.namespace) || byName(a.name, b.name));
      for (const p of sortedPods) {
        if (p.node && nodes.has(p.node)) {
          if (!podsByNode.has(p.node)) podsByNode.set(p.node, []);
          podsByNode.get(p.node).push(p);
        } else {
          unscheduled.push(p);
        }
      }
      const cards = [];
      for (const node of Array.from(nodes.values()).sort((a, b) => byName(a.name, b.name))) {
        const card = nodeCard(node.name);
        fillNode(card, node);
        const list = (podsByNode.get(node.name) || []).map((p) => {
          const li = podItem(p);
          if (li._filter !== filter) { li._json = null; return podItem(p); }
          return li;
        });
        reconcile(card._pods, list);
        card._pods.hidden = list.length === 0;
        card._empty.hidden = list.length !== 0;
        cards.push(card);
      }
      if (unscheduled.length) {
        if (!unscheduledEl) {
          unscheduledEl = h('article', { class: 'node-card node-card-pending', 'data-unscheduled': '', 'aria-labelledby': 'node-unscheduled' },
            h('header', { class: 'node-head' },
              h('h4', { class: 'node-name', id: 'node-unscheduled', text: 'Not scheduled yet' }),
              h('p', { class: 'node-meta', text: 'Pods waiting for a node' })));
          unscheduledEl._pods = h('ul', { class: 'pod-list', 'aria-label': 'Pods not scheduled' });
          unscheduledEl.append(unscheduledEl._pods);
        }
        reconcile(unscheduledEl._pods, unscheduled.map((p) => {
          const li = podItem(p);
          if (li._filter !== filter) { li._json = null; return podItem(p); }
          return li;
        }));
        cards.push(unscheduledEl);
      }
      reconcile(nodesList, cards);

      const rows = Array.from(services.values()).filter(visible)
        .sort((a, b) => byName(a.namespace, b.namespace) || byName(a.name, b.name))
        .map(serviceRow);
      reconcile(svcBody, rows);
      svcTable.hidden = rows.length === 0;
      svcEmpty.hidden = rows.length !== 0;

      waiting.hidden = true;
      nodesSection.hidden = false;
      svcSection.hidden = false;
      const n = nodes.size;
      summary.textContent = n + (n === 1 ? ' node' : ' nodes') + ' · ' + sortedPods.length
        + (sortedPods.length === 1 ? ' Pod' : ' Pods') + ' · ' + rows.length + (rows.length === 1 ? ' Service' : ' Services')
        + (filter === ALL ? '' : ' in ' + filter);
    }

    return { apply, trace, get filter() { return filter; } };
  }

  window.ClusterPanel = { create };
})();
