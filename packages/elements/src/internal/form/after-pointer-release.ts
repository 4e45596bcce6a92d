/** Pointers pressed on the page now (a finger or a mouse button down). */
let pressed = 0;
let tracking = false;

function track(): void {
  if (tracking || typeof window === 'undefined') return;
  tracking = true;
  window.addEventListener('pointerdown', () => pressed++, true);
  const release = () => (pressed = Math.max(0, pressed - 1));
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
}

/**
 * Runs `fn` now, or — when a finger or mouse button is down — after it is released and the
 * tap's `click` has been dispatched. A control that shows its message when it loses focus
 * uses it: the tap on "Tiếp tục" that took the focus away moved the focus on pointerdown, and
 * a message appearing then would move the button from under the finger before pointerup,
 * so the click would be lost.
 *
 * @example
 * ```ts
 * afterPointerRelease(() => (this.touched = true));
 * ```
 */
export function afterPointerRelease(fn: () => void): void {
  track();
  if (pressed === 0) return fn();
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    window.removeEventListener('click', later, true);
    window.removeEventListener('pointerup', later, true);
    window.removeEventListener('pointercancel', later, true);
    fn();
  };
  // The click follows pointerup in the same task queue turn; a timeout after either lets it land first.
  const later = () => setTimeout(run, 0);
  window.addEventListener('click', later, true);
  window.addEventListener('pointerup', later, true);
  window.addEventListener('pointercancel', later, true);
  // A pointer released outside the window (no pointerup here) must not hide the message forever.
  setTimeout(run, 1000);
}

// Start counting at load, so a press that began before the first control blurred is known.
track();
