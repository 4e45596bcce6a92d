import type { ElementHandle, Page } from 'playwright-core';

/** How the citizen works the page: with a mouse (and typing), or with the keyboard only. */
export type Mode = 'mouse' | 'keyboard';

interface E2eWindow {
  __e2e: {
    text(node?: Node): string;
    name(el: Element): string;
    deepActive(): Element | null;
    control(pattern: string, flags: string, within?: string, selector?: string): Element | null;
    hosts(tag: string): Element[];
  };
}

const src = (re: RegExp) => [re.source, re.flags] as const;

/** The actions of the citizen flow, done either way. */
export interface Driver {
  readonly mode: Mode;
  /** Types into the text box (input or textarea) with this label. */
  fill(label: RegExp, value: string, within?: RegExp): Promise<void>;
  /** Ticks a checkbox or picks a radio button by its label. */
  check(label: RegExp, within?: RegExp): Promise<void>;
  /** Picks an option of a `<select>`. */
  select(label: RegExp, option: RegExp): Promise<void>;
  /** Presses a button (or follows a link) by its name. */
  press(name: RegExp, within?: RegExp): Promise<void>;
  /** Types into a combobox and picks the option that appears. */
  combobox(label: RegExp, typed: string, option: RegExp, within?: RegExp): Promise<void>;
  /** Chooses a file through a `<dvc-file-input>`'s button (the browser's file chooser). */
  file(host: ElementHandle, path: string): Promise<void>;
}

export async function control(
  page: Page,
  label: RegExp,
  within?: RegExp,
  timeout = 15_000,
  selector?: string,
): Promise<ElementHandle<Element>> {
  const [pattern, flags] = src(label);
  const handle = await page
    .waitForFunction(
      ([p, f, w, s]) => (window as unknown as E2eWindow).__e2e.control(p, f, w, s),
      [pattern, flags, within?.source, selector] as const,
      { timeout, polling: 100 },
    )
    .catch(() => {
      throw new Error(`No visible control named ${label}${within ? ` inside ${within}` : ''}`);
    });
  return handle.asElement() as ElementHandle<Element>;
}

/** Waits until the page's visible text (through shadow roots) matches. Returns the match. */
export async function waitForText(page: Page, pattern: RegExp, timeout = 20_000): Promise<string> {
  const [p, f] = src(pattern);
  const handle = await page
    .waitForFunction(
      ([pp, ff]) => (window as unknown as E2eWindow).__e2e.text().match(new RegExp(pp, ff))?.[0] ?? null,
      [p, f] as const,
      { timeout, polling: 100 },
    )
    .catch(async () => {
      const text = await page.evaluate(() => (window as unknown as E2eWindow).__e2e.text());
      throw new Error(`Text ${pattern} did not appear. The page shows: ${text.slice(0, 1500)}`);
    });
  return (await handle.jsonValue()) as string;
}

const isActive = (page: Page, target: ElementHandle) =>
  page.evaluate((el) => (window as unknown as E2eWindow).__e2e.deepActive() === el, target);

/** Presses Tab (forwards) until `target` has focus — how a keyboard user reaches it. */
async function tabTo(page: Page, target: ElementHandle, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await isActive(page, target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Keyboard: Tab never reached ${what}`);
}

export function mouseDriver(page: Page): Driver {
  return {
    mode: 'mouse',
    async fill(label, value, within) {
      const el = await control(page, label, within);
      await el.click();
      await el.fill(value);
      await el.dispatchEvent('change');
    },
    async check(label, within) {
      await (await control(page, label, within)).click();
    },
    async select(label, option) {
      const el = await control(page, label);
      const value = await el.evaluate(
        (s, [p, f]) =>
          Array.from((s as HTMLSelectElement).options).find((o) => new RegExp(p, f).test(o.text))?.value ?? '',
        src(option),
      );
      await el.selectOption(value);
    },
    async press(name, within) {
      await (await control(page, name, within)).click();
    },
    async combobox(label, typed, option, within) {
      const el = await control(page, label, within);
      await el.click();
      await el.fill('');
      await el.type(typed, { delay: 20 });
      await (await control(page, option, undefined, 15_000, '[role=option]')).click();
    },
    async file(host, path) {
      const button = (
        await host.evaluateHandle((h) => (h as Element).shadowRoot?.querySelector('button#control') ?? null)
      ).asElement();
      if (!button) throw new Error('dvc-file-input has no button#control');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
      await chooser.setFiles(path);
    },
  };
}

export function keyboardDriver(page: Page): Driver {
  return {
    mode: 'keyboard',
    async fill(label, value, within) {
      const el = await control(page, label, within);
      await tabTo(page, el, String(label));
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(value, { delay: 5 });
    },
    async check(label, within) {
      const el = await control(page, label, within);
      const group = await el.evaluate((input) =>
        (input as HTMLInputElement).type === 'radio' ? (input as HTMLInputElement).name : '',
      );
      if (!group) {
        await tabTo(page, el, String(label));
        await page.keyboard.press('Space');
        return;
      }
      // A radio group is one Tab stop; arrow keys move (and check) within it.
      for (let i = 0; i < 200; i++) {
        const inGroup = await page.evaluate((name) => {
          const a = (window as unknown as E2eWindow).__e2e.deepActive() as HTMLInputElement | null;
          return a?.type === 'radio' && a.name === name;
        }, group);
        if (inGroup) break;
        await page.keyboard.press('Tab');
      }
      for (let i = 0; i < 10 && !(await isActive(page, el)); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
    },
    async select(label, option) {
      const el = await control(page, label);
      await tabTo(page, el, String(label));
      for (let i = 0; i < 30; i++) {
        const ok = await el.evaluate(
          (s, [p, f]) => new RegExp(p, f).test((s as HTMLSelectElement).selectedOptions[0]?.text ?? ''),
          src(option),
        );
        if (ok) return;
        await page.keyboard.press('ArrowDown');
      }
      throw new Error(`Keyboard: option ${option} not reached in ${label}`);
    },
    async press(name, within) {
      const el = await control(page, name, within);
      await tabTo(page, el, String(name));
      await page.keyboard.press('Enter');
    },
    async combobox(label, typed, option, within) {
      const el = await control(page, label, within);
      await tabTo(page, el, String(label));
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(typed, { delay: 20 });
      await control(page, option, undefined, 15_000, '[role=option]');
      // Arrow down through the listbox until the wanted option is the active descendant.
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('ArrowDown');
        const active = await el.evaluate((input, [p, f]) => {
          const id = input.getAttribute('aria-activedescendant');
          const opt = id ? (input.getRootNode() as ShadowRoot).getElementById(id) : null;
          return !!opt && new RegExp(p, f).test((window as unknown as E2eWindow).__e2e.name(opt));
        }, src(option));
        if (active) {
          await page.keyboard.press('Enter');
          return;
        }
      }
      throw new Error(`Keyboard: option ${option} never became active in ${label}`);
    },
    async file(host, path) {
      const button = (
        await host.evaluateHandle((h) => (h as Element).shadowRoot?.querySelector('button#control') ?? null)
      ).asElement();
      if (!button) throw new Error('dvc-file-input has no button#control');
      await tabTo(page, button, 'a file button');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
      await chooser.setFiles(path);
    },
  };
}
