import { describe, expect, it } from 'vitest'
import { batched } from '../src/cli/batch/batcher.js'
import { serially } from '../src/cli/batch/serial.js'

/** A `send` whose batches stay out until released, recording what was sent and how many were out. */
function controlledSend() {
  const sent: number[][] = []
  const open: (() => void)[] = []
  let out = 0
  let most = 0
  const send = (tasks: number[]): Promise<string[]> => {
    sent.push(tasks)
    out++
    most = Math.max(most, out)
    return new Promise((resolve) => {
      open.push(() => {
        out--
        resolve(tasks.map((task) => `r${String(task)}`))
      })
    })
  }
  /** Releases batches as they come, for a good many turns of the event loop. */
  const releaseAll = async (): Promise<void> => {
    for (let turn = 0; turn < 50; turn++) {
      for (const release of open.splice(0)) release()
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  return { send, sent, releaseAll, most: () => most }
}

/** A signal that never aborts, for the runs that are not cancelled. */
const never = { signal: new AbortController().signal, result: 'cancelled' }

describe('batched', () => {
  it('sends tasks asked for together as one batch, each caller getting its own result', async () => {
    const control = controlledSend()
    const run = batched(control.send, { slots: 2, maxBatch: 8 }, never)
    const results = Promise.all([1, 2, 3].map(run))
    await new Promise((resolve) => setImmediate(resolve))
    expect(control.sent).toEqual([[1, 2, 3]])
    await control.releaseAll()
    expect(await results).toEqual(['r1', 'r2', 'r3'])
  })

  it('keeps at most `slots` batches out; tasks arriving meanwhile wait and leave together', async () => {
    const control = controlledSend()
    const run = batched(control.send, { slots: 2, maxBatch: 4 }, never)
    const tasks = Array.from({ length: 19 }, (_, i) => i)
    const results = Promise.all(tasks.map(run))
    await new Promise((resolve) => setImmediate(resolve))
    expect(control.sent).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
    ])
    await control.releaseAll()
    expect(await results).toEqual(tasks.map((task) => `r${String(task)}`))
    expect(control.most()).toBe(2)
    expect(control.sent.flat()).toEqual(tasks)
    expect(control.sent.every((batch) => batch.length <= 4)).toBe(true)
  })

  it('rejects every task of a batch that failed, and goes on with the next batches', async () => {
    let calls = 0
    const run = batched(
      (tasks: number[]) =>
        ++calls === 1 ? Promise.reject(new Error('worker died')) : Promise.resolve(tasks),
      { slots: 1, maxBatch: 2 },
      { signal: new AbortController().signal, result: -1 },
    )
    const first = Promise.allSettled([run(1), run(2)])
    await new Promise((resolve) => setImmediate(resolve))
    const later = run(3)
    const settled = await first
    expect(settled.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    expect(String((settled[0] as PromiseRejectedResult).reason)).toContain('worker died')
    expect(await later).toBe(3)
  })

  it('rejects every task of a batch that gave too few results (which result is whose is unknown)', async () => {
    const run = batched(
      (tasks: number[]) => Promise.resolve(tasks.slice(1)),
      { slots: 1, maxBatch: 4 },
      {
        signal: new AbortController().signal,
        result: -1,
      },
    )
    const [first, second] = await Promise.allSettled([run(1), run(2)])
    expect(first?.status).toBe('rejected')
    expect(String((second as PromiseRejectedResult).reason)).toContain(
      'a batch of 2 gave 1 results',
    )
  })

  it('once the signal aborts, gives the cancelled result to tasks not yet sent, and sends no more', async () => {
    const control = controlledSend()
    const abort = new AbortController()
    const run = batched(
      control.send,
      { slots: 1, maxBatch: 2 },
      { signal: abort.signal, result: 'cancelled' },
    )
    const results = Promise.all([1, 2, 3, 4, 5].map(run))
    await new Promise((resolve) => setImmediate(resolve))
    expect(control.sent).toEqual([[1, 2]])
    abort.abort()
    await control.releaseAll()
    expect(await results).toEqual(['r1', 'r2', 'cancelled', 'cancelled', 'cancelled'])
    expect(control.sent).toEqual([[1, 2]])
  })

  it('fails the tasks of a send that throws, or that gives back no list, and goes on', async () => {
    let calls = 0
    const run = batched(
      (tasks: number[]): Promise<number[]> => {
        calls++
        if (calls === 1) throw new Error('could not send')
        if (calls === 2) return Promise.resolve(undefined as unknown as number[])
        return Promise.resolve(tasks)
      },
      { slots: 1, maxBatch: 1 },
      { signal: new AbortController().signal, result: -1 },
    )
    const settled = await Promise.allSettled([run(1), run(2), run(3)])
    expect(settled.map((result) => result.status)).toEqual(['rejected', 'rejected', 'fulfilled'])
    expect(String((settled[0] as PromiseRejectedResult).reason)).toContain('could not send')
    expect(String((settled[1] as PromiseRejectedResult).reason)).toContain('gave no results')
  })
})

describe('serially', () => {
  it('starts each call once the one before has settled, in order, failures included', async () => {
    const log: string[] = []
    const run = serially(async (name: string) => {
      log.push(`start ${name}`)
      await new Promise((resolve) => setImmediate(resolve))
      log.push(`end ${name}`)
      if (name === 'b') throw new Error('b failed')
      return name
    })
    const settled = await Promise.allSettled(['a', 'b', 'c'].map(run))
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
  })
})
