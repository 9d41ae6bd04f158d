/** A stand-in whose every method is a jest.fn, for a service spec to script and inspect. */
export type Mocked<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? jest.Mock : T[K] };

/** A mock of a repository or collaborator with the named methods (everything else absent). */
export function mockOf<T>(...methods: (keyof T)[]): Mocked<T> & T {
  return Object.fromEntries(methods.map((method) => [method, jest.fn()])) as unknown as Mocked<T> & T;
}

/** Transactions that run the work at once on a marker transaction, so specs can see it handed on. */
export const TRANSACTION = { transaction: 'marker' } as never;
export const immediateTransactions = {
  run: jest.fn(<T>(work: (transaction: never) => Promise<T>) => work(TRANSACTION)),
} as never;
