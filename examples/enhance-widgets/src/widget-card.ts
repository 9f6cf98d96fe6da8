import widgetCss from './widget.css?inline';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`${widgetCss}
:host { display: block; padding: 0.5rem; border: 1px solid #c7d2fe; border-radius: 0.6rem; }
h3 { margin: 0 0 0.5rem; font-size: 0.95rem; display: flex; justify-content: space-between; }
.widgets { display: grid; gap: 0.5rem; }`);

/**
 * A component that keeps its widgets in an open shadow root, out of reach of
 * `document.querySelectorAll`; dom-processed finds them with `shadow: true`.
 */
export class WidgetCard extends HTMLElement {
  constructor() {
    super();
    // Attached in the constructor, so the shadow root exists before the card is in the page.
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = `
      <h3><slot>Card</slot><button type="button" class="remove-card">Remove card</button></h3>
      <div class="widgets">
        <div data-widget="counter" data-label="Stars">Stars</div>
        <div data-widget="clock" data-label="Card time">Card time</div>
      </div>`;
    root.querySelector('.remove-card')?.addEventListener('click', () => this.remove());
  }
}
