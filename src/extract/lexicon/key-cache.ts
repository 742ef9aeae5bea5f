// A cache from small non-negative integer keys (below 2^31) to values: open addressing over typed arrays,
// cheaper per lookup than a Map on the path that runs at every word start of every table. It forgets
// everything once it holds `max` keys, so memory stays bounded whatever the input.
const EMPTY = -1;

export class KeyCache<V> {
  private bits: number;
  private keys: Int32Array;
  private values: (V | undefined)[];
  private count = 0;

  constructor(private readonly max: number, bits = 8) {
    this.bits = bits;
    this.keys = new Int32Array(1 << bits).fill(EMPTY);
    this.values = new Array<V | undefined>(1 << bits);
  }

  get size(): number {
    return this.count;
  }

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
  }

  get(key: number): V | undefined {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let i = this.slot(key); ; i = (i + 1) & mask) {
      const k = keys[i]!;
      if (k === key) return this.values[i];
      if (k === EMPTY) return undefined;
    }
  }

  set(key: number, value: V): void {
    if (key < 0 || key > 0x7fffffff || !Number.isInteger(key)) throw new RangeError(`KeyCache: key ${key} is not a non-negative 31-bit integer`);
    if (this.count >= this.max && this.get(key) === undefined) this.clear();
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.put(key, value);
  }

  clear(): void {
    this.keys.fill(EMPTY);
    this.values.fill(undefined);
    this.count = 0;
  }

  private put(key: number, value: V): void {
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = this.slot(key);
    while (keys[i] !== EMPTY && keys[i] !== key) i = (i + 1) & mask;
    if (keys[i] === EMPTY) this.count++;
    keys[i] = key;
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.bits++;
    this.keys = new Int32Array(1 << this.bits).fill(EMPTY);
    this.values = new Array<V | undefined>(1 << this.bits);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.put(keys[i]!, values[i] as V);
  }
}
