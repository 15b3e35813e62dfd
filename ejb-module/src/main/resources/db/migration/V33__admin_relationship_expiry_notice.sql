-- When the partner was told (notification centre) that an admin relationship ends within 30 days.
ALTER TABLE admin_relationship ADD COLUMN expiry_noticed_at TIMESTAMP;
