import { Button, Menu } from '@mantine/core';
import { Link } from 'react-router';

// Menus pull in Mantine's popover code, so this file is its own chunk (see Shell): the first screen loads without it.

// The admin screens; only admins are shown them (the pages refuse members on their own too).
const adminLinks = [
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/smtp', label: 'SMTP settings' },
  { to: '/admin/report-types', label: 'Report types' },
];

export function AdminMenu() {
  return (
    <Menu position="bottom-start">
      <Menu.Target>
        <Button size="compact-sm" variant="subtle">Admin</Button>
      </Menu.Target>
      <Menu.Dropdown>
        {adminLinks.map((l) => <Menu.Item key={l.to} component={Link} to={l.to}>{l.label}</Menu.Item>)}
      </Menu.Dropdown>
    </Menu>
  );
}

/** On a phone every link moves into one menu, so the header never runs wider than the screen. */
export function PhoneMenu({ isAdmin, signOut }: { isAdmin: boolean; signOut: () => void }) {
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button size="xs" variant="default">Menu</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/">Schedules</Menu.Item>
        <Menu.Item component={Link} to="/api-keys">API keys</Menu.Item>
        <Menu.Item component={Link} to="/my-account">Your account</Menu.Item>
        {isAdmin && (
          <>
            <Menu.Divider />
            <Menu.Label>Admin</Menu.Label>
            {adminLinks.map((l) => <Menu.Item key={l.to} component={Link} to={l.to}>{l.label}</Menu.Item>)}
          </>
        )}
        <Menu.Divider />
        <Menu.Item onClick={signOut}>Sign out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
