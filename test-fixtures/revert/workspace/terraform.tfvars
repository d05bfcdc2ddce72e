db_password = "Zq7-revert-Passw0rd-not-real"
