export { ForbiddenPage as default } from "@/components/ui/access-pages";
