// The demo app: sign in as a demo user, connect Pinterest through the consent page, browse boards as a grid of pin
// images, open a board, create a pin from an image URL or an uploaded file, see the campaigns of their ad accounts
// ("Ads": spend and impressions), disconnect. Plain DOM, no framework, no build step.
import { graphql, graphqlUpload, session, signIn } from './graphql.js';
import { adsQuery, boardQuery, boardsQuery, completeMutation, connectionQuery, connectMutation, createPinMutation, disconnectMutation } from './queries.js';

const $ = (id) => document.getElementById(id);
const userKey = 'graphapi-demo-user';

function show(...ids) {
  for (const id of ['sign-in', 'connect', 'boards', 'board', 'ads']) $(id).hidden = !ids.includes(id);
  const signedIn = Boolean(session.token);
  $('sign-out').hidden = !signedIn;
  $('who').hidden = !signedIn;
  $('who').textContent = signedIn ? `Signed in as ${sessionStorage.getItem(userKey)}` : '';
}

function notify(message) {
  $('notice').textContent = message;
  $('notice').hidden = !message;
}

function tile(href, imageUrl, caption, color) {
  const link = document.createElement('a');
  link.className = 'tile';
  link.href = href ?? '#';
  const image = document.createElement('img');
  image.alt = caption;
  image.loading = 'lazy';
  if (imageUrl) image.src = imageUrl;
  if (color) image.style.background = color;
  const label = document.createElement('span');
  label.textContent = caption;
  link.append(image, label);
  return link;
}

async function renderBoards() {
  const { data, errors } = await graphql(boardsQuery);
  if (errors?.length) notify(errors.map((e) => e.message).join(' '));
  const grid = $('board-grid');
  grid.replaceChildren();
  for (const board of data.me?.boards?.nodes ?? []) {
    const cover = board.pins?.nodes?.find((p) => p.image)?.image?.url;
    const item = tile(`?board=${encodeURIComponent(board.id)}`, cover, `${board.name} · ${board.pinCount ?? 0} pins`);
    item.dataset.boardId = board.id;
    grid.append(item);
  }
  show('boards', 'disconnect');
  $('disconnect').hidden = false;
}

async function renderBoard(id) {
  const { data, errors } = await graphql(boardQuery, { id });
  if (!data.board) {
    notify(errors?.map((e) => e.message).join(' ') ?? 'Board not found.');
    return renderBoards();
  }
  $('board-name').textContent = data.board.name;
  $('create-pin').dataset.boardId = data.board.id;
  const grid = $('pin-grid');
  grid.replaceChildren(...data.board.pins.nodes.map((pin) => {
    const item = tile(null, pin.image?.url, pin.title ?? '(untitled)', pin.dominantColor);
    item.dataset.pinId = pin.id;
    return item;
  }));
  show('board');
  $('disconnect').hidden = false;
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

async function renderAds() {
  const { data, errors } = await graphql(adsQuery);
  if (errors?.length) notify(errors.map((e) => e.message).join(' '));
  const rows = [];
  for (const account of data?.me?.adAccounts?.nodes ?? []) {
    for (const campaign of account.campaigns?.nodes ?? []) {
      const [total] = campaign.analytics ?? [];
      const row = document.createElement('tr');
      row.dataset.campaignId = campaign.id;
      row.append(cell(account.name ?? ''), cell(campaign.name ?? ''), cell(campaign.status ?? ''),
        cell(total?.spend == null ? '–' : total.spend.toFixed(2)), cell(total?.impressions == null ? '–' : String(Math.round(total.impressions))));
      rows.push(row);
    }
  }
  $('campaign-table').tBodies[0].replaceChildren(...rows);
  $('ads-empty').hidden = rows.length > 0;
  show('ads');
  $('disconnect').hidden = false;
}

// Back from the consent page with a pending completion: finish it as the signed-in caller, at once, and drop the id
// from the address bar and history so it is never bookmarked, shared or sent on in a Referer.
async function completeConnection(params) {
  const completion = params.get('completion');
  params.delete('completion');
  params.delete('pinterest');
  const rest = params.toString();
  history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : ''));
  const { data } = await graphql(completeMutation, { completion });
  const [error] = data.completePinterestConnection.errors;
  notify(error ? `Pinterest was not connected: ${error.message}` : 'Pinterest is connected.');
}

async function route() {
  const params = new URLSearchParams(location.search);
  if (params.get('pinterest') === 'error') notify(`Pinterest was not connected: ${params.get('reason')}.`);
  $('disconnect').hidden = true;
  $('ads-link').hidden = true;
  if (!session.token) return show('sign-in');
  if (params.get('pinterest') === 'pending' && params.has('completion')) await completeConnection(params);

  const { data } = await graphql(connectionQuery);
  if (data.pinterestConnection.status !== 'CONNECTED') return show('connect');
  $('ads-link').hidden = false;
  if (params.get('view') === 'ads') return renderAds();
  const boardId = params.get('board');
  return boardId ? renderBoard(boardId) : renderBoards();
}

// Every handler reports failures on the page instead of leaving the person with a silent, stuck screen.
const safely = (handler) => async (event) => {
  try {
    await handler(event);
  } catch (error) {
    notify(error.message);
    if (!session.token) show('sign-in');
  }
};

$('sign-in-form').addEventListener('submit', safely(async (event) => {
  event.preventDefault();
  const user = new FormData(event.target).get('user');
  sessionStorage.setItem(userKey, await signIn(user));
  await route();
}));

$('connect-button').addEventListener('click', safely(async () => {
  const { data } = await graphql(connectMutation, { returnUrl: location.pathname });
  location.assign(data.connectPinterest.authorizationUrl);
}));

$('disconnect').addEventListener('click', safely(async () => {
  await graphql(disconnectMutation);
  notify('Pinterest is disconnected: the gateway deleted your tokens.');
  history.replaceState(null, '', location.pathname);
  await route();
}));

$('sign-out').addEventListener('click', safely(async () => {
  session.token = null;
  sessionStorage.removeItem(userKey);
  notify('');
  history.replaceState(null, '', location.pathname);
  await route();
}));

$('create-pin').addEventListener('submit', safely(async (event) => {
  event.preventDefault();
  const form = event.target;
  const values = new FormData(form);
  const file = values.get('file');
  const hasFile = file instanceof File && file.size > 0;
  if (!hasFile && !values.get('url')) {
    $('create-pin-errors').textContent = 'Give an image URL or choose an image file.';
    return;
  }
  const input = {
    boardId: form.dataset.boardId,
    title: values.get('title') || null,
    // A file goes up as the multipart spec says: null here, the file itself in the form data.
    mediaSource: hasFile ? { imageUpload: { file: null } } : { imageUrl: { url: values.get('url') } },
  };
  const { data } = hasFile
    ? await graphqlUpload(createPinMutation, { input }, { 'variables.input.mediaSource.imageUpload.file': file })
    : await graphql(createPinMutation, { input });
  const errors = data.createPin?.errors ?? [];
  $('create-pin-errors').textContent = errors.map((e) => e.message).join(' ');
  if (data.createPin?.pin) {
    form.reset();
    await renderBoard(form.dataset.boardId);
  }
}));

safely(route)();
