/** What a key press in a combobox input asks for. */
export type ComboAction =
  | { type: 'move'; to: number }
  | { type: 'select'; index: number }
  | { type: 'close' }
  | { type: 'clear' }
  | { type: 'none' };

/**
 * The WAI-ARIA combobox (list autocomplete) keyboard model: Arrow keys open the
 * list and move the active option, Enter picks it (or the only match), Escape
 * closes the list and, when already closed, clears the text; Tab closes.
 */
export function comboKey(key: string, open: boolean, active: number, count: number, alt = false): ComboAction {
  switch (key) {
    case 'ArrowDown':
      if (alt) return { type: 'move', to: active };
      return { type: 'move', to: open ? Math.min(active + 1, count - 1) : Math.max(active, 0) };
    case 'ArrowUp':
      return { type: 'move', to: open ? Math.max(active - 1, 0) : count - 1 };
    case 'Enter':
      if (!open) return { type: 'none' };
      if (active >= 0) return { type: 'select', index: active };
      return count === 1 ? { type: 'select', index: 0 } : { type: 'none' };
    case 'Escape':
      return open ? { type: 'close' } : { type: 'clear' };
    case 'Tab':
      return open ? { type: 'close' } : { type: 'none' };
    default:
      return { type: 'none' };
  }
}
