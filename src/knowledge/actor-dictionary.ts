// The actor dictionary: curated actors (data/actors/*.tsv), actors generated for every state from
// language patterns (data/lang/<code>/actor-patterns.tsv), capitals as metonyms, and date-bounded
// roles of people. Matching is on folded token n-grams, with the case an alias asks for.
import type { ActorEntry, ActorMatch } from './types.js';
import { commonWordAt, joinable, nameKey, tokenize, type Token } from './normalize.js';

/** A token-wise prefix of alias keys: its key (the tokens joined by spaces) and the tokens that may follow. */
interface PrefixNode {
  readonly key: string;
  /** Created with the first longer prefix (most nodes are last tokens). */
  next: Map<string, PrefixNode> | null;
}

/** 0: any case; 1: first word capitalised; 2: every word in capitals (acronyms). */
type CaseRule = 0 | 1 | 2;

interface AliasHit {
  readonly actor: number;
  readonly lang: string; // "*" = any language
  readonly metonym: boolean;
  readonly caseRule: CaseRule;
}

export interface RoleTenure {
  readonly person: string;
  readonly role: string;
  readonly from: string | null;
  readonly to: string | null;
}

export class ActorDictionary {
  private readonly actors: ActorEntry[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byKey = new Map<string, AliasHit[]>();
  /**
   * Every token-wise prefix of an alias key ("forces", "forces armées", …) as a tree of folded tokens, each node with
   * its prefix's key: a match grows only along them, and find walks it without joining strings.
   */
  private readonly trie = new Map<string, PrefixNode>();
  private maxTokens = 1;
  private readonly tenures = new Map<string, RoleTenure[]>();
  /** A described force's state role ("GEN-SOLDIERS" → "MIL"): of a named country, it is that state's actor. */
  private readonly stateRoles = new Map<string, string>();

  /** @param commonKeys folded one-word names that are also common words ("reunion"): no actor alone at a sentence start. */
  constructor(private readonly commonKeys: ReadonlySet<string> = new Set()) {}

  /** Adds an actor, or returns the existing one with that id (the first definition wins). */
  define(entry: ActorEntry): number {
    const known = this.byId.get(entry.id);
    if (known !== undefined) return known;
    const idx = this.actors.length;
    this.actors.push(entry);
    this.byId.set(entry.id, idx);
    return idx;
  }

  setStateRole(id: string, role: string): void {
    this.stateRoles.set(id, role);
  }

  /** The state role a described actor stands for when a country is named with it ("MIL"); null when none. */
  stateRole(id: string): string | null {
    return this.stateRoles.get(id) ?? null;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): ActorEntry | null {
    const i = this.byId.get(id);
    return i === undefined ? null : (this.actors[i] ?? null);
  }

  /** Adds an alias; an alias already claimed for the same language keeps its first actor. */
  alias(id: string, alias: string, lang: string, metonym = false): void {
    const actor = this.byId.get(id);
    if (actor === undefined) throw new Error(`alias "${alias}" names unknown actor id "${id}"`);
    const key = nameKey(alias);
    if (!key) return;
    const hits = this.byKey.get(key);
    const hit: AliasHit = { actor, lang, metonym, caseRule: caseRuleOf(alias) };
    if (hits) {
      if (hits.some((h) => h.lang === lang && h.caseRule === hit.caseRule)) return;
      hits.push(hit);
    } else this.byKey.set(key, [hit]);
    const words = key.split(' ');
    let level = this.trie;
    for (let k = 0; k < words.length; k++) {
      let node = level.get(words[k]!);
      if (!node) level.set(words[k]!, (node = { key: words.slice(0, k + 1).join(' '), next: null }));
      if (k + 1 < words.length) level = node.next ??= new Map();
    }
    if (words.length > this.maxTokens) this.maxTokens = words.length;
  }

  /** Records who held a role when; the person's entry lists the role. */
  addTenure(t: RoleTenure): void {
    const pi = this.byId.get(t.person);
    const role = this.get(t.role);
    const person = pi === undefined ? undefined : this.actors[pi];
    if (pi !== undefined && person && role) {
      this.actors[pi] = { ...person, roles: [...(person.roles ?? []), { title: role.name, org: role.id, from: t.from, to: t.to }] };
    }
    const list = this.tenures.get(t.role);
    if (list) list.push(t);
    else this.tenures.set(t.role, [t]);
  }

  /** The person holding a role at a date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"). */
  holderAt(roleId: string, date: string | null | undefined): ActorEntry | null {
    if (!date) return null;
    for (const t of this.tenures.get(roleId) ?? []) {
      if (t.from && t.from.slice(0, date.length) > date) continue;
      if (t.to && t.to.slice(0, date.length) < date) continue;
      return this.get(t.person);
    }
    return null;
  }

  get size(): number {
    return this.actors.length;
  }

  find(text: string, lang: string, date?: string | null): ActorMatch[] {
    const tokens = tokenize(text);
    const out: ActorMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      let node = this.trie.get(t.key);
      if (!node) { i++; continue; }
      let n = 1;
      const keys = [node.key];
      while (n < this.maxTokens && i + n < tokens.length) {
        const next = tokens[i + n] as Token;
        if (!joinable(text, (tokens[i + n - 1] as Token).end, next.start)) break;
        const longer: PrefixNode | undefined = node.next?.get(next.key);
        if (!longer) break;
        node = longer;
        keys.push(node.key);
        n++;
      }
      let hit: AliasHit | null = null;
      let len = 0;
      for (let k = keys.length; k >= 1 && !hit; k--) {
        for (const h of this.byKey.get(keys[k - 1] as string) ?? []) {
          if (h.lang !== '*' && h.lang !== lang) continue;
          if (!caseOk(tokens, i, k, h.caseRule)) continue;
          hit = h;
          len = k;
          break;
        }
      }
      // "Réunion de crise à Paris": at a sentence start a capital says nothing, and the common word wins.
      if (hit && len === 1 && this.commonKeys.has(t.key) && commonWordAt(text, t.start, t.end)) hit = null;
      if (!hit) { i++; continue; }
      const last = tokens[i + len - 1] as Token;
      const actor = this.actors[hit.actor] as ActorEntry;
      const holder = this.holderAt(actor.id, date);
      out.push({
        span: { start: t.start, end: last.end },
        text: text.slice(t.start, last.end),
        actor,
        metonym: hit.metonym,
        ...(holder ? { holder } : {}),
      });
      i += len;
    }
    return out;
  }
}

function caseRuleOf(alias: string): CaseRule {
  const first = alias[0] ?? '';
  if (first === first.toLowerCase()) return 0;
  const upper = alias.toUpperCase();
  // An acronym: no lower-case letter and at least two letters ("ONU", "M23", "SPLM-N").
  return alias === upper && upper !== alias.toLowerCase() && /\p{L}.*\p{L}/su.test(alias) ? 2 : 1;
}

const DIGITS = /^\p{N}+$/u;

function caseOk(tokens: readonly Token[], from: number, n: number, rule: CaseRule): boolean {
  if (rule === 0) return true;
  if (rule === 1) return (tokens[from] as Token).cap;
  for (let k = from; k < from + n; k++) {
    const t = tokens[k] as Token;
    if (!t.upper && !DIGITS.test(t.key)) return false;
  }
  return true;
}
