// How an API key is named wherever a person would be: in a request's history and in the audit log.

/** `API key "CRM sync"`, as the history of a request shows who acted. */
export function apiKeyLabel(name: string): string {
  return `API key "${name}"`;
}

/** `API key "CRM sync" (rdk_ab12cd…)`, as the audit log's actor: the prefix tells same-named keys apart. */
export function apiKeyActorLabel(key: { name: string; prefix: string }): string {
  return `${apiKeyLabel(key.name)} (${key.prefix}…)`;
}
