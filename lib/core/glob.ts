/** A glob of names (`*` matches any run of characters, nothing else is special) as a regular expression. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
}
