// Types of generate.mjs for its test (the script itself runs as plain Node ESM).

/** The parts of a custom elements manifest the generator reads. */
export interface Manifest {
  modules: {
    path: string;
    exports?: { name: string }[];
    declarations?: {
      name: string;
      customElement?: boolean;
      tagName?: string;
      summary?: string;
      description?: string;
      events?: { name: string; type?: { text: string }; description?: string }[];
    }[];
  }[];
}

/** One wrapper: the element's tag, class (= export) name, summary and events (`prop` → `name`). */
export interface WrapperSpec {
  tag: string;
  className: string;
  summary: string;
  events: { prop: string; name: string; type: string; description: string }[];
}

export const GENERATED_DIR: string;
export function loadManifest(): Manifest;
export function propOf(eventName: string): string;
export function wrapperSpecs(manifest: Manifest): WrapperSpec[];
export function generate(manifest: Manifest): Map<string, string>;
export function formatted(files: Map<string, string>, dir?: string): Promise<Map<string, string>>;
export function differences(files: Map<string, string>, dir?: string): string[];
