// Every page's header: an optional kicker ("Lesson 3 of 16"), the title the page is labelled by
// (`page-title`, focusable so the shell can move focus to it on navigation) and a summary.

import type { ReactNode } from "react";

export function PageHeader({ title, summary, kicker, className }: { readonly title: ReactNode; readonly summary?: ReactNode; readonly kicker?: ReactNode; readonly className?: string }) {
  return (
    <div className={className ? `page-header ${className}` : "page-header"}>
      {kicker && <p className="page-kicker">{kicker}</p>}
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      {summary && <p className="page-summary">{summary}</p>}
    </div>
  );
}
