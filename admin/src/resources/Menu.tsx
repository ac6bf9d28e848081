// The side menu: registered top entries (a dashboard), the entities grouped by domain
// area in collapsible sections, then registered bottom entries (import).
import ExpandLess from "@mui/icons-material/ExpandLess";
import ExpandMore from "@mui/icons-material/ExpandMore";
import { Collapse, List, ListItemButton, ListItemText } from "@mui/material";
import { useState } from "react";
import { Menu, useSidebarState } from "react-admin";
import { useLocaleState, useResourceDefinitions } from "ra-core";
import { useLocation } from "react-router-dom";
import { registry } from "../registry.ts";
import { MENU_GROUPS, type MenuGroup } from "./areas.ts";

export function AppMenu() {
  const [locale] = useLocaleState();
  const [sidebarOpen] = useSidebarState();
  const definitions = useResourceDefinitions();
  const location = useLocation();
  const current = location.pathname.split("/")[1] ?? "";
  const [open, setOpen] = useState<Set<string>>(new Set());
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
    <Menu>
      {registry.menuEntries("top").map((entry) => (
        <Menu.Item key={entry.to} to={entry.to} primaryText={entry.label} leftIcon={entry.icon} />
      ))}
      {MENU_GROUPS.map((group) => (
        <List key={group.key} dense disablePadding>
          {sidebarOpen && (
            <ListItemButton onClick={() => toggle(group.key)} sx={{ py: 0.5 }}>
              <ListItemText
                primary={locale === "en" ? group.english : group.label}
                slotProps={{ primary: { variant: "body2", fontWeight: 600 } }}
              />
              {isOpen(group) ? <ExpandLess fontSize="small" /> : <ExpandMore fontSize="small" />}
            </ListItemButton>
          )}
          <Collapse in={isOpen(group) || !sidebarOpen} unmountOnExit>
            {group.models
              .filter((model) => definitions[model])
              .map((model) => (
                <Menu.ResourceItem key={model} name={model} sx={{ pl: sidebarOpen ? 3 : undefined }} />
              ))}
          </Collapse>
        </List>
      ))}
      {registry.menuEntries("bottom").map((entry) => (
        <Menu.Item key={entry.to} to={entry.to} primaryText={entry.label} leftIcon={entry.icon} />
      ))}
    </Menu>
  );
}
