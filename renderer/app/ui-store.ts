import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { detectUiLanguage, type UiLanguage } from '#shared/domain/lang';
import { EMPTY_MEETING_FILTER, type MeetingFilter } from '#shared/domain/meeting-filter';

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

/** The meetings table's filters, kept so the list looks the same on return. */
export interface MeetingFilterSlice {
  meetingFilter: MeetingFilter;
  setMeetingFilter: (patch: Partial<MeetingFilter>) => void;
  clearMeetingFilter: () => void;
}

/** The name a reviewer signs clause comments with (there are no user accounts). */
export interface ReviewerSlice {
  reviewerName: string;
  setReviewerName: (reviewerName: string) => void;
}

export type UiState = LanguageSlice & TablesSlice & MeetingFilterSlice & ReviewerSlice;

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

const createMeetingFilterSlice: StateCreator<UiState, [], [], MeetingFilterSlice> = (set) => ({
  meetingFilter: EMPTY_MEETING_FILTER,
  setMeetingFilter: (patch) => set((state) => ({ meetingFilter: { ...state.meetingFilter, ...patch } })),
  clearMeetingFilter: () => set({ meetingFilter: EMPTY_MEETING_FILTER }),
});

const createReviewerSlice: StateCreator<UiState, [], [], ReviewerSlice> = (set) => ({
  reviewerName: '',
  setReviewerName: (reviewerName) => set({ reviewerName }),
});

export const UI_STORAGE_KEY = 'delegation-desk.ui';

/** One bound store of UI state; records live in IndexedDB, never here. */
export const useUiStore = create<UiState>()(
  persist(
    (...args) => ({
      ...createLanguageSlice(...args),
      ...createTablesSlice(...args),
      ...createMeetingFilterSlice(...args),
      ...createReviewerSlice(...args),
    }),
    {
      name: UI_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({
        language: state.language,
        tables: state.tables,
        meetingFilter: state.meetingFilter,
        reviewerName: state.reviewerName,
      }),
      // Stored state from before a filter existed lacks it: fill the gaps with "no filter".
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Partial<UiState>;
        return { ...current, ...stored, meetingFilter: { ...EMPTY_MEETING_FILTER, ...stored.meetingFilter } };
      },
    },
  ),
);
