import { Stack } from './support/stack';

describe('process shutdown', () => {
  const stack = new Stack();
  beforeAll(() => stack.start());
  afterAll(() => stack.stop());

  it('stops the worker gracefully on SIGTERM: it drains, closes its connections and exits 0', async () => {
    const ended = await stack.terminate('worker');
    expect(ended).toEqual({ code: 0, signal: null });
    expect(stack.logs()).toMatch(/state: 'STOPPED'/);
  });

  it('stops the API on SIGTERM and exits 0', async () => {
    const ended = await stack.terminate('api');
    expect(ended).toEqual({ code: 0, signal: null });
    await expect(fetch(`${stack.baseUrl}/health`)).rejects.toThrow();
  });
});
