// The few DOM members the HTML importer touches, typed here because the Node side compiles
// without the DOM library (electron/tsconfig.json): linkedom's documents meet this shape, and
// nothing else of the DOM can slip into code that runs outside a browser.

export interface PageElement {
  readonly tagName: string;
  readonly className: string;
  readonly id: string;
  readonly textContent: string | null;
  readonly parentElement: PageElement | null;
  readonly children: ArrayLike<PageElement>;
  readonly nextElementSibling: PageElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  querySelector(selector: string): PageElement | null;
  closest(selector: string): PageElement | null;
  remove(): void;
}

export interface PageDocument {
  readonly title: string;
  readonly body: PageElement | null;
  readonly documentElement: PageElement;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  querySelector(selector: string): PageElement | null;
}
