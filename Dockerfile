# One image recipe for every service: docker-compose passes the module as a build argument.
# Build the jars first: ./mvnw -q -DskipTests package
FROM eclipse-temurin:17-jre
ARG MODULE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 pipeline
COPY ${MODULE}/target/${MODULE}-*-exec.jar /app/app.jar
USER pipeline
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
