import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { detectUiLanguage, type UiLanguage } from '#shared/domain/lang';

export interface LanguageSlice {
  language: UiLanguage;
  setLanguage: (language: UiLanguage) => void;
}

/** What a table remembers between sessions. */
export interface TableLayout {
  columnVisibility: Record<string, boolean>;
  columnOrder: string[];
  sorting: { id: string; desc: boolean }[];
}

export interface TablesSlice {
  tables: Record<string, TableLayout | undefined>;
  setTableLayout: (tableId: string, patch: Partial<TableLayout>) => void;
  resetTableLayout: (tableId: string) => void;
}

export type UiState = LanguageSlice & TablesSlice;

const systemLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages);

const createLanguageSlice: StateCreator<UiState, [], [], LanguageSlice> = (set) => ({
  language: detectUiLanguage(systemLanguages()),
  setLanguage: (language) => set({ language }),
});

export const EMPTY_LAYOUT: TableLayout = { columnVisibility: {}, columnOrder: [], sorting: [] };

const createTablesSlice: StateCreator<UiState, [], [], TablesSlice> = (set) => ({
  tables: {},
  setTableLayout: (tableId, patch) =>
    set((state) => ({ tables: { ...state.tables, [tableId]: { ...(state.tables[tableId] ?? EMPTY_LAYOUT), ...patch } } })),
  resetTableLayout: (tableId) => set((state) => ({ tables: { ...state.tables, [tableId]: undefined } })),
});

export const UI_STORAGE_KEY = 'delegation-desk.ui';

/** One bound store of UI state; records live in IndexedDB, never here. */
export const useUiStore = create<UiState>()(
  persist(
    (...args) => ({
      ...createLanguageSlice(...args),
      ...createTablesSlice(...args),
    }),
    {
      name: UI_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ language: state.language, tables: state.tables }),
    },
  ),
);
