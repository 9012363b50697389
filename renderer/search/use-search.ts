import { useEffect, useId, useState } from 'react';
import type { SearchDocumentType, SearchHit } from '#shared/search/search-document';
import { isSuperseded } from './search-client';
import { useSearchClient, useStartSearch } from './search-context';

export interface UseSearchOptions {
  /** Most hits, all types together (default 20). */
  limit?: number;
  types?: readonly SearchDocumentType[];
}

export interface SearchState {
  /** Hits for the latest answered query; the previous ones stay while the next is pending. */
  hits: SearchHit[];
  /** A query is waiting for its answer (or for the index to be built). */
  pending: boolean;
}

const NO_HITS: SearchHit[] = [];

/** Searches as `query` changes (every keystroke: the worker answers in milliseconds). */
export function useSearch(query: string, { limit, types }: UseSearchOptions = {}): SearchState {
  const client = useSearchClient();
  const startSearch = useStartSearch();
  const channel = useId();
  const [answered, setAnswered] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: NO_HITS });
  const typesKey = types?.join(',') ?? '';
  const blank = query.trim() === '';

  useEffect(() => {
    if (!blank) startSearch();
  }, [blank, startSearch]);

  useEffect(() => {
    if (!client || blank) return;
    let current = true;
    const wanted = typesKey ? (typesKey.split(',') as SearchDocumentType[]) : undefined;
    client.search(query, { limit, types: wanted, channel }).then(
      (hits) => current && setAnswered({ query, hits }),
      (error: unknown) => {
        if (!current || isSuperseded(error)) return;
        console.error('search failed', error);
        setAnswered({ query, hits: NO_HITS });
      },
    );
    return () => {
      current = false;
    };
  }, [client, query, blank, limit, typesKey, channel]);

  if (blank) return { hits: NO_HITS, pending: false };
  return { hits: answered.hits, pending: answered.query !== query };
}
