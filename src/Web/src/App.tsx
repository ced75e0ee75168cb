import { ApolloProvider } from '@apollo/client/react';
import { Alert, createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { client } from './apollo';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { RequireSignIn } from './features/auth/RequireSignIn';
import { SetPasswordPage } from './features/auth/SetPasswordPage';
import { SignInPage } from './features/auth/SignInPage';
import { ScheduleDetailPage } from './features/schedules/ScheduleDetailPage';
import { SchedulesPage } from './features/schedules/SchedulesPage';
import { Shell } from './shared/Shell';
import { Suspended } from './shared/Suspended';

// The editor and admin screens are split off: most visits only read schedules.
const ScheduleEditorPage = lazy(() => import('./features/schedules/editor/ScheduleEditorPage'));
const ApiKeysPage = lazy(() => import('./features/admin/ApiKeysPage'));
const ExecutionPage = lazy(() => import('./features/executions/ExecutionPage'));
const UnsubscribePage = lazy(() => import('./features/public/UnsubscribePage'));
const DownloadPage = lazy(() => import('./features/public/DownloadPage'));
const UsersPage = lazy(() => import('./features/admin/UsersPage'));
const SmtpSettingsPage = lazy(() => import('./features/admin/SmtpSettingsPage'));
const ReportTypesPage = lazy(() => import('./features/admin/ReportTypesPage'));
const AccountPage = lazy(() => import('./features/account/AccountPage'));

// Shades dark enough for 4.5:1 contrast on white (WCAG AA), which Mantine's defaults (shade 6, gray 6 for dimmed
// text) do not reach; axe-core checks every screen in the browser test.
const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  defaultRadius: 'md',
  // Alert titles are drawn in the alert's light colour by default; the page's text colour reads on every tint.
  components: { Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }) },
});
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/set-password', element: <SetPasswordPage /> },
  { path: '/email/unsubscribe/:token', element: <Suspended><UnsubscribePage /></Suspended> },
  { path: '/email/files/:token', element: <Suspended><DownloadPage /></Suspended> },
  {
    element: (
      <RequireSignIn>
        <Shell />
      </RequireSignIn>
    ),
    children: [
      { path: '/', element: <SchedulesPage /> },
      { path: '/schedules/new', element: <Suspended><ScheduleEditorPage /></Suspended> },
      { path: '/schedules/:id/edit', element: <Suspended><ScheduleEditorPage /></Suspended> },
      { path: '/schedules/:id', element: <ScheduleDetailPage /> },
      { path: '/executions/:id', element: <Suspended><ExecutionPage /></Suspended> },
      { path: '/api-keys', element: <Suspended><ApiKeysPage /></Suspended> },
      { path: '/admin', element: <Suspended><UsersPage /></Suspended> },
      { path: '/admin/users', element: <Suspended><UsersPage /></Suspended> },
      { path: '/admin/smtp', element: <Suspended><SmtpSettingsPage /></Suspended> },
      { path: '/admin/report-types', element: <Suspended><ReportTypesPage /></Suspended> },
      { path: '/admin/*', element: <Suspended><UsersPage /></Suspended> },
      { path: '/my-account', element: <Suspended><AccountPage /></Suspended> },
      { path: '*', element: <SchedulesPage /> },
    ],
  },
]);

export function App() {
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} cssVariablesResolver={contrast} forceColorScheme="light">
        <Notifications />
        <RouterProvider router={router} />
      </MantineProvider>
    </ApolloProvider>
  );
}
