import "server-only";
// A page's half of the error family: "load it or 404". A page that asks the
// data layer for something the person may not see shows the 404 or 403 page
// instead of the error page.
import { forbidden, notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "./errors";

export async function orPageError<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
