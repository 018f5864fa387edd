/**
 * Fills the manifest template's `${{NAME}}` placeholders (the Teams Toolkit convention) and refuses to
 * leave any unfilled: Teams would reject such a package, so it fails here first.
 */
export function resolveManifest(template: string, values: Readonly<Record<string, string>>): unknown {
  const missing = new Set<string>();
  const text = template.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return "";
    }
    // Values go inside JSON strings.
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) throw new Error(`Manifest values missing: ${[...missing].join(", ")}`);
  return JSON.parse(text);
}
