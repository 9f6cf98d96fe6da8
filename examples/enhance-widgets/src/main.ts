import './page.css';
import './widget.css';
import { observe } from '@weakset-recipes/dom-processed';
import { stats } from './stats.js';
import { WidgetCard } from './widget-card.js';
import { enhance, removed } from './widgets.js';

// Defined before observing, so the cards already in the HTML have their shadow roots when
// observe() makes its first scan.
customElements.define('widget-card', WidgetCard);

window.__widgetStats = stats;

// The whole integration: every [data-widget] in the document and in open shadow roots, now and
// later, is enhanced once and torn down once when it leaves.
observe(
  '[data-widget]',
  { add: enhance, remove: removed },
  { shadow: true, onError: (error, el) => console.error('widget failed', el, error) },
);

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found as T;
}

let pendingLoad: Promise<void> = Promise.resolve();

function loadFragment(name: string): Promise<void> {
  // Relative to the page, so it works from the dev server, the build, and any base path.
  const url = new URL(`fragments/${name}.html`, document.baseURI);
  pendingLoad = fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`GET ${url.pathname} answered ${response.status}`);
      return response.text();
    })
    .then((html) => {
      // Replacing the markup is all it takes: the old widgets are torn down, the new ones enhanced.
      element('fragment-slot').innerHTML = html;
    });
  return pendingLoad;
}

window.__widgetsSettled = async () => {
  await pendingLoad;
  // MutationObserver callbacks are microtasks: by the time a task runs, they have all run.
  await new Promise((resolve) => setTimeout(resolve, 0));
};

let injected = 0;
element('inject').addEventListener('click', () => {
  injected++;
  const widget = document.createElement('div');
  widget.dataset.widget = injected % 2 ? 'counter' : 'clock';
  widget.dataset.label = `Injected ${injected}`;
  widget.textContent = widget.dataset.label;
  element('injected-grid').append(widget);
});
element('load-news').addEventListener('click', () => loadFragment('news'));
element('load-weather').addEventListener('click', () => loadFragment('weather'));

let cards = 1;
element('add-card').addEventListener('click', () => {
  cards++;
  const card = document.createElement('widget-card');
  card.textContent = `Card ${cards}`;
  element('card-slot').append(card);
});

// Moving elements within the page is neither a removal nor an insertion to dom-processed.
element('shuffle').addEventListener('click', () => {
  const grid = element('static-grid');
  grid.append(...[...grid.children].reverse());
});

void loadFragment('news');
