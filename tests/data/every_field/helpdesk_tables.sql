CREATE TABLE tickets (id INTEGER PRIMARY KEY, conv VARCHAR(40), author VARCHAR(80), body TEXT, notes TEXT, customer_email VARCHAR(120), sent_at VARCHAR(40), priority INTEGER);
INSERT INTO tickets VALUES (1, 'conv-7', 'Anna de Vries', 'Goedemiddag, mijn geboortedatum is 14-03-1985 en mijn BSN is 111222333. IBAN NL91ABNA0417164300.', 'Klant belde vanaf +31 6 12345678', 'anna.devries@example.com', '2024-05-01T10:00:00+00:00', 2);
INSERT INTO tickets VALUES (2, 'conv-7', 'Support', 'Dank u, mevrouw De Vries. We mailen naar anna.devries@example.com.', 'IBAN NL91ABNA0417164300 gecontroleerd', 'anna.devries@example.com', '2024-05-01T10:05:00+00:00', 2);
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(80), iban VARCHAR(40), bsn VARCHAR(20));
INSERT INTO customers VALUES (1, 'Anna de Vries', 'NL91ABNA0417164300', '111222333');
