import { Combobox, createTheme, Modal, Notification, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';

/** The theme, with the translated name of every dialog's and notification's close button. */
export function createAppTheme(closeLabel: string): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': closeLabel };
  return createTheme({
    fontFamily: 'Inter, system-ui, sans-serif',
    headings: { fontFamily: 'Inter, system-ui, sans-serif' },
    primaryColor: 'blue',
    // Shade 6 (Mantine's default) gives white button text and links only 3.6:1; shade 8 meets WCAG AA (4.5:1).
    primaryShade: 8,
    defaultRadius: 'md',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
      // A closed picker keeps no options in the page: the meeting form's pickers over every
      // contact, event and time zone would otherwise hold thousands of hidden elements.
      Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    },
  });
}

/** Secondary text and error messages dark enough for WCAG AA on white (gray-6 and red-6 are ~3.3:1). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
