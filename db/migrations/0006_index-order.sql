DROP INDEX "orders_customer_id_placed_at_id_index";--> statement-breakpoint
DROP INDEX "order_requests_requested_by_created_at_index";--> statement-breakpoint
DROP INDEX "orders_customer_status_placed_idx";--> statement-breakpoint
DROP INDEX "email_outbox_created_at_index";--> statement-breakpoint
DROP INDEX "cases_customer_id_created_at_id_index";--> statement-breakpoint
DROP INDEX "user_sessions_user_id_last_seen_at_index";--> statement-breakpoint
CREATE INDEX "orders_customer_placed_idx" ON "orders" USING btree ("customer_id","placed_at","id");--> statement-breakpoint
CREATE INDEX "order_requests_requested_by_created_at_index" ON "order_requests" USING btree ("requested_by","created_at");--> statement-breakpoint
CREATE INDEX "orders_customer_status_placed_idx" ON "orders" USING btree ("customer_id","status","placed_at","id");--> statement-breakpoint
CREATE INDEX "email_outbox_created_at_index" ON "email_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "cases_customer_id_created_at_id_index" ON "cases" USING btree ("customer_id","created_at","id");--> statement-breakpoint
CREATE INDEX "user_sessions_user_id_last_seen_at_index" ON "user_sessions" USING btree ("user_id","last_seen_at");