// Read by `cem analyze` (the `analyze` script) besides its command-line options.

/** A name an event is dispatched under when the code passes a constant: `new CustomEvent(SESSION_EVENT)`. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * The analyzer names an event dispatched through a constant after the constant (`SESSION_EVENT`).
 * This plugin puts the constant's string value in its place (`dvc-session-change`) and merges it
 * with the event the class's JSDoc documents under that name, so the manifest (and the docs and
 * React wrappers generated from it) lists each event once, under the name listeners use.
 */
function eventConstants() {
  return {
    name: 'dvc-event-constants',
    packageLinkPhase({ customElementsManifest }) {
      const constants = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          const literal = d.kind === 'variable' && /^'([a-z][a-z0-9-]*)'$/.exec(d.default ?? '');
          if (literal) constants.set(d.name, literal[1]);
        }
      }
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (!d.events?.length) continue;
          const byName = new Map();
          for (const event of d.events) {
            const constant = CONSTANT_NAME.test(event.name) && constants.get(event.name);
            const name = constant || event.name;
            byName.set(name, { ...byName.get(name), ...event, name });
          }
          d.events = [...byName.values()];
        }
      }
    },
  };
}

export default {
  plugins: [eventConstants()],
};
