// The integration admin page: reads and saves the caller's tenant's Pinterest app through the GraphQL admin API.
// The secret field is never prefilled: the API does not return the secret, only whether one is set.
const tokenKey = 'graphapi.adminToken';
const $ = (id) => document.getElementById(id);

const READ = `{ pinterestIntegration { tenantId clientId hasClientSecret redirectUri tier tierLimits enabled stored
  scopes { name description selected required } } }`;
const SAVE = `mutation($input: SavePinterestIntegrationInput!) { savePinterestIntegration(input: $input) {
  integration { clientId hasClientSecret enabled stored }
  errors { __typename ... on UserError { code message } ... on ValidationError { field } } } }`;
const TEST = `mutation($input: TestIntegrationCredentialsInput) { testIntegrationCredentials(input: $input) { ok status message } }`;

async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', Authorization: `Bearer ${sessionStorage.getItem(tokenKey)}` },
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 401) {
    sessionStorage.removeItem(tokenKey);
    throw new Error('The token was refused: sign in again.');
  }
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('\n'));
  return body.data;
}

function notice(text) {
  $('notice').textContent = text;
  $('notice').hidden = !text;
}

function render(integration) {
  $('tenant').textContent = integration.tenantId ? `Tenant ${integration.tenantId}` : 'Default tenant';
  $('client-id').value = integration.clientId ?? '';
  $('client-secret').value = '';
  $('client-secret').placeholder = integration.hasClientSecret ? '•••••••• saved (leave empty to keep)' : 'not set';
  $('secret-hint').textContent = integration.hasClientSecret
    ? 'A secret is saved. It is never shown again; enter a new one only to replace it.'
    : 'No secret is saved yet.';
  $('redirect-uri').value = integration.redirectUri;
  const scopes = $('scopes');
  scopes.querySelectorAll('label').forEach((label) => label.remove());
  for (const scope of integration.scopes) {
    const label = document.createElement('label');
    label.className = 'scope';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'scope';
    box.value = scope.name;
    box.checked = scope.selected || scope.required;
    box.disabled = scope.required;
    const name = document.createElement('code');
    name.textContent = scope.name;
    const description = document.createElement('span');
    description.className = 'description';
    description.textContent = scope.required ? `${scope.description} (required)` : scope.description;
    label.append(box, name, description);
    scopes.append(label);
  }
  for (const radio of document.querySelectorAll('input[name=tier]')) radio.checked = radio.value === integration.tier;
  $('tier-limits').textContent = integration.tierLimits;
  $('enabled').checked = integration.enabled;
  $('integration').hidden = false;
  $('sign-in').hidden = true;
}

async function load() {
  try {
    render((await graphql(READ)).pinterestIntegration);
    notice('');
  } catch (error) {
    notice(error.message);
    if (!sessionStorage.getItem(tokenKey)) showSignIn();
  }
}

async function showSignIn() {
  $('sign-in').hidden = false;
  $('integration').hidden = true;
  // Sandbox mode only: the gateway mints an admin token for a demo user.
  const probe = await fetch('/sandbox/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).catch(() => null);
  $('sandbox-sign-in').hidden = !probe || probe.status === 404 || probe.status === 405;
}

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(tokenKey, $('token').value.trim());
  $('token').value = '';
  load();
});

$('sandbox-sign-in').addEventListener('click', async () => {
  const response = await fetch('/sandbox/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: 'demo.pinner', admin: true }) });
  sessionStorage.setItem(tokenKey, (await response.json()).access_token);
  load();
});

$('copy-redirect').addEventListener('click', async () => {
  const value = $('redirect-uri').value;
  try {
    await navigator.clipboard.writeText(value);
  } catch {
    $('redirect-uri').select();
    document.execCommand('copy');
  }
  $('copy-redirect').textContent = 'Copied';
  setTimeout(() => { $('copy-redirect').textContent = 'Copy'; }, 1500);
});

$('integration').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('errors').replaceChildren();
  const secret = $('client-secret').value;
  const input = {
    clientId: $('client-id').value.trim(),
    clientSecret: secret === '' ? null : secret,
    scopes: [...document.querySelectorAll('input[name=scope]:checked')].map((box) => box.value),
    tier: document.querySelector('input[name=tier]:checked')?.value ?? 'TRIAL',
    enabled: $('enabled').checked,
  };
  try {
    const result = (await graphql(SAVE, { input })).savePinterestIntegration;
    if (result.errors.length) {
      for (const error of result.errors) {
        const item = document.createElement('li');
        item.textContent = error.field ? `${error.field}: ${error.message}` : error.message;
        $('errors').append(item);
      }
      return;
    }
    await load();
    notice('Saved.');
  } catch (error) {
    notice(error.message);
  }
});

$('test').addEventListener('click', async () => {
  const secret = $('client-secret').value;
  const input = { clientId: $('client-id').value.trim() || null, clientSecret: secret === '' ? null : secret };
  const result = $('test-result');
  try {
    const test = (await graphql(TEST, { input })).testIntegrationCredentials;
    result.textContent = `${test.ok ? '✓' : '✗'} ${test.status}: ${test.message}`;
    result.className = test.ok ? '' : 'failed';
  } catch (error) {
    result.textContent = error.message;
    result.className = 'failed';
  }
  result.hidden = false;
});

if (sessionStorage.getItem(tokenKey)) load();
else showSignIn();
