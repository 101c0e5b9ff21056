// Runs graphql-http's server audit (the GraphQL-over-HTTP conformance suite) against a running GraphApi
// and prints one JSON document on stdout: the test suite reads it and asserts the counts.
// Usage: node audit.mjs <url> [header: value]...
import { auditServer } from 'graphql-http';

const [url, ...headerArgs] = process.argv.slice(2);
if (!url) {
  console.error('usage: node audit.mjs <url> [header: value]...');
  process.exit(2);
}

// Extra headers (e.g. a bearer token) ride on every audit request without changing what the audit checks.
const extraHeaders = Object.fromEntries(headerArgs.map((h) => {
  const i = h.indexOf(':');
  return [h.slice(0, i).trim(), h.slice(i + 1).trim()];
}));
const fetchFn = (input, init = {}) =>
  fetch(input, { ...init, headers: { ...extraHeaders, ...(init.headers ?? {}) } });

const results = await auditServer({ url, fetchFn });
const summary = { must: {}, should: {}, may: {} };
const report = [];
for (const result of results) {
  const level = result.name.split(' ')[0].toLowerCase();
  const bucket = summary[level] ?? (summary[level] = {});
  bucket.total = (bucket.total ?? 0) + 1;
  bucket[result.status] = (bucket[result.status] ?? 0) + 1;
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    entry.response = { status: result.response.status, body: await result.response.text().catch(() => '') };
  }
  report.push(entry);
}
console.log(JSON.stringify({ summary, results: report }, null, 2));
