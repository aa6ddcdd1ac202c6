import { NotFoundPage } from "@/components/ui/access-pages";

export default function Boundary() {
  return <NotFoundPage standalone />;
}
