// A client too old (or too new) for the server is told which side to update, in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerSession } from '../../electron/server/ServerSession.ts';
import { SYNC_PROTOCOL_VERSION } from '../../electron/server/syncProtocol.ts';
import { createTestNewsroom, type TestNewsroom } from './testNewsroom.ts';

let nr: TestNewsroom;
beforeAll(async () => { nr = await createTestNewsroom(); });
afterAll(async () => { await nr?.close(); });

describe('sync protocol', () => {
  it('greets a current client with the protocol, its login and desks', async () => {
    expect(await (await nr.session('edith')).hello())
      .toEqual({ protocol: SYNC_PROTOCOL_VERSION, user: 'edith', desks: [{ id: 'metro', name: 'Metro', role: 'editor' }] });
  });

  it('tells an old client to update itself, on every entry point', async () => {
    const old = new ServerSession(await nr.connect('alice'), SYNC_PROTOCOL_VERSION - 1);
    const expected = { name: 'ServerError', code: 'CC001', message: `this Crosscheck speaks sync protocol ${SYNC_PROTOCOL_VERSION - 1}, but the newsroom server needs protocol ${SYNC_PROTOCOL_VERSION} or newer. Update Crosscheck on this computer.` };
    await expect(old.hello()).rejects.toMatchObject(expected);
    await expect(old.push([])).rejects.toMatchObject(expected);
    await expect(old.pull('')).rejects.toMatchObject(expected);
    await expect(old.searchSources('x')).rejects.toMatchObject(expected);
  });

  it('tells a client newer than the server to have the admin upgrade the server', async () => {
    const newer = new ServerSession(await nr.connect('alice'), SYNC_PROTOCOL_VERSION + 1);
    await expect(newer.pull('')).rejects.toMatchObject({ code: 'CC002', message: expect.stringContaining('crosscheck server init') });
  });

  it('follows the server: raising min_client_protocol turns today\'s client away', async () => {
    await nr.admin.query('update crosscheck.server_info set protocol = $1, min_client_protocol = $1', [SYNC_PROTOCOL_VERSION + 1]);
    try {
      await expect((await nr.session('alice')).hello()).rejects.toMatchObject({ code: 'CC001' });
    } finally {
      await nr.admin.query('update crosscheck.server_info set protocol = $1, min_client_protocol = $1', [SYNC_PROTOCOL_VERSION]);
    }
  });

  it('rejects a cursor it did not give out and an unbounded page', async () => {
    const alice = await nr.session('alice');
    await expect(alice.pull('yesterday')).rejects.toMatchObject({ code: '22023', message: 'pull cursor "yesterday" is not one this server gave out' });
    await expect(alice.pull('', 100_000)).rejects.toMatchObject({ code: '22023', message: expect.stringContaining('between 1 and') });
  });

  it('rejects a push that is not a list of operations', async () => {
    const alice = new ServerSession(await nr.connect('alice'));
    await expect(alice.push({} as never)).rejects.toMatchObject({ code: '22023', message: 'push needs a JSON array of operations' });
  });
});
