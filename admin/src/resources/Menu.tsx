// The side menu: registered top entries (dashboard, reports), the entities grouped by domain
// area in collapsible sections, then registered bottom entries (import), each only for the
// users it concerns (menu-items.ts). It is site navigation, so it is marked up as such: a
// <nav> landmark holding a list of links, each section a list item with a button that opens
// its own list (aria-expanded), the current page marked aria-current. When the sidebar is
// closed to icons the sections' headings go and every link keeps its name (and a tooltip); on
// small screens following a link closes the sidebar, as React-Admin's own menu does.
import ExpandLess from "@mui/icons-material/ExpandLess";
import ExpandMore from "@mui/icons-material/ExpandMore";
import DefaultIcon from "@mui/icons-material/ViewList";
import {
  Box,
  Collapse,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Tooltip,
  useMediaQuery,
  type Theme,
} from "@mui/material";
import { createElement, useState, type ReactNode } from "react";
import { useSidebarState } from "react-admin";
import { useGetResourceLabel, useLocaleState, usePermissions, useResourceDefinitions, useTranslate } from "ra-core";
import { Link, useLocation, useMatch } from "react-router-dom";
import type { Permissions } from "../auth/permissions.ts";
import { registry, type MenuEntry } from "../registry.ts";
import type { MenuGroup } from "./areas.ts";
import { menuItems } from "./menu-items.ts";

function NavLink({ to, label, icon, nested }: { to: string; label: string; icon: ReactNode; nested?: boolean }) {
  const [sidebarOpen, setSidebarOpen] = useSidebarState();
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down("md"));
  const current = useMatch({ path: to, end: to === "/" }) !== null;
  const link = (
    <ListItemButton
      component={Link}
      to={to}
      selected={current}
      aria-current={current ? "page" : undefined}
      onClick={() => {
        if (small) setSidebarOpen(false);
      }}
      sx={{
        pl: nested && sidebarOpen ? 3 : 2,
        color: current ? "text.primary" : "text.secondary",
        "& .MuiListItemIcon-root": { color: "inherit", minWidth: 36 },
      }}
    >
      <ListItemIcon>{icon}</ListItemIcon>
      <ListItemText primary={label} slotProps={{ primary: { noWrap: true, variant: "body2" } }} />
    </ListItemButton>
  );
  return (
    <ListItem disablePadding>
      {sidebarOpen ? (
        link
      ) : (
        <Tooltip title={label} placement="right">
          {link}
        </Tooltip>
      )}
    </ListItem>
  );
}

function EntryLink({ entry }: { entry: MenuEntry }) {
  const translate = useTranslate();
  return <NavLink to={entry.to} label={translate(entry.label, { _: entry.label })} icon={entry.icon} />;
}

function GroupSection({ group, open, onToggle }: { group: MenuGroup; open: boolean; onToggle: () => void }) {
  const [locale] = useLocaleState();
  const [sidebarOpen] = useSidebarState();
  const definitions = useResourceDefinitions();
  const getResourceLabel = useGetResourceLabel();
  const label = locale === "en" ? group.english : group.label;
  const id = `menu-group-${group.key}`;
  return (
    <ListItem disablePadding sx={{ display: "block" }}>
      {sidebarOpen && (
        <ListItemButton onClick={onToggle} aria-expanded={open} aria-controls={id} sx={{ py: 0.5 }}>
          <ListItemText primary={label} slotProps={{ primary: { variant: "body2", fontWeight: 600 } }} />
          {open ? <ExpandLess fontSize="small" /> : <ExpandMore fontSize="small" />}
        </ListItemButton>
      )}
      <Collapse in={open || !sidebarOpen}>
        <List id={id} dense disablePadding aria-label={label}>
          {group.models
            .filter((model) => definitions[model])
            .map((model) => (
              <NavLink
                key={model}
                nested
                to={`/${model}`}
                label={getResourceLabel(model, 2)}
                icon={createElement(definitions[model]?.icon ?? DefaultIcon)}
              />
            ))}
        </List>
      </Collapse>
    </ListItem>
  );
}

export function AppMenu() {
  const translate = useTranslate();
  const [sidebarOpen] = useSidebarState();
  const { permissions } = usePermissions<Permissions>();
  const location = useLocation();
  const current = location.pathname.split("/")[1] ?? "";
  const [open, setOpen] = useState<Set<string>>(new Set());
  const items = menuItems(permissions, [...registry.menuEntries("top"), ...registry.menuEntries("bottom")]);
  // The group of the entity on screen is always open.
  const isOpen = (group: MenuGroup) => open.has(group.key) || group.models.includes(current);
  const toggle = (key: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <Box
      component="nav"
      aria-label={translate("app.layout.navigation")}
      sx={(theme) => ({
        width: sidebarOpen ? theme.sidebar?.width : theme.sidebar?.closedWidth,
        transition: theme.transitions.create("width"),
        overflowX: "hidden",
      })}
    >
      <List dense disablePadding>
        {items.top.map((entry) => (
          <EntryLink key={entry.to} entry={entry} />
        ))}
        {items.groups.map((group) => (
          <GroupSection key={group.key} group={group} open={isOpen(group)} onToggle={() => toggle(group.key)} />
        ))}
        {items.bottom.map((entry) => (
          <EntryLink key={entry.to} entry={entry} />
        ))}
      </List>
    </Box>
  );
}
