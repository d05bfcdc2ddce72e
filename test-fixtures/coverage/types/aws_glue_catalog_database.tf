resource "aws_glue_catalog_database" "this" {
  name         = "coverage_glue_catalog_database"
  description  = "Curated sales events"
  location_uri = "s3://coverage-glue-catalog-database/curated/"

  parameters = {
    classification = "parquet"
    owner          = "analytics"
  }

  create_table_default_permission {
    permissions = ["SELECT", "DESCRIBE"]

    principal {
      data_lake_principal_identifier = "IAM_ALLOWED_PRINCIPALS"
    }
  }

  tags = {
    Env = "test"
  }
}
