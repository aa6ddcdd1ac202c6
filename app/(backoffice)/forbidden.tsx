import { ForbiddenPage } from "@/components/ui/access-pages";

export default function Boundary() {
  return <ForbiddenPage standalone />;
}
