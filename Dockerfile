# idcard-counter on the official Payara Micro 7 image (Payara Micro 7 needs Java 21+).
# Build the war first (mvn package), then: docker build -t idcard-counter .
# Run on PostgreSQL:
#   docker run -p 8080:8080 -e DB_CLASS=org.postgresql.ds.PGSimpleDataSource \
#     -e DB_URL=jdbc:postgresql://db:5432/idcard -e DB_USER=idcard -e DB_PASSWORD=... idcard-counter
FROM payara/micro:7.2026.11-jdk21

# An embedded H2 file inside the container unless DB_* point elsewhere (demo only: mount a volume).
ENV DB_URL="jdbc:h2:file:/opt/payara/data/idcard;MODE=LEGACY" \
    APP_PUBLIC_URL="http://localhost:8080/" \
    DEMO_DATA_ENABLED="false" \
    DEMO_DATA_RECEIPT_LIST="/opt/payara/data/demo-receipts.csv"

RUN mkdir -p /opt/payara/data
COPY --chown=payara:payara server-config/pre-boot-commands.asadmin /opt/payara/config/pre-boot-commands.asadmin
COPY --chown=payara:payara target/idcard-counter.war /opt/payara/deployments/ROOT.war

EXPOSE 8080 6900
CMD ["--deploymentDir", "/opt/payara/deployments", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin", \
     "--contextroot", "/"]
