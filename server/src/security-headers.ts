// Response headers that tell browsers what the admin and the API may do.
import type { Plugin } from "graphql-yoga";

/**
 * The admin's Content-Security-Policy, checked against the built admin (admin/dist) in
 * Chromium by admin/src/browser/*.test.ts, which fail on any violation. The admin is one
 * module script and one stylesheet from /assets; it calls /graphql on its own origin and
 * has no images, fonts or workers from elsewhere, so 'self' covers everything but styles:
 * MUI and React-Admin style through emotion, which writes <style> elements at run time,
 * so styles (never scripts) need 'unsafe-inline'. No eval, no inline script, no plugins,
 * no <base> or form posts elsewhere, and no framing (clickjacking).
 */
export const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Sent with the admin's HTML and every static file. */
export const ADMIN_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": ADMIN_CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  // No address of an admin page (record ids in the URL) ever goes to another site.
  "referrer-policy": "same-origin",
  // For browsers older than CSP's frame-ancestors.
  "x-frame-options": "DENY",
};

/** Sent with every GraphQL, health and readiness response: its content type is the truth. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
};

/** Adds API_SECURITY_HEADERS to every response yoga sends. */
export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) response.headers.set(name, value);
    },
  };
}
