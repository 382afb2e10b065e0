# One image per service: docker build --build-arg MODULE=command-service -t contrail/command-service .
# (docker-compose.yml builds all three.)
FROM eclipse-temurin:25-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -ntp -DskipTests -Djacoco.skip=true package -pl ${MODULE} -am

FROM eclipse-temurin:25-jre
ARG MODULE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/${MODULE}/target/${MODULE}-*-exec.jar /app/app.jar
ENV SPRING_PROFILES_ACTIVE=compose
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
