package com.nexusgen.template;

import java.util.Map;
import java.util.Optional;

/**
 * What CloudFormation would return for {@code Ref} and {@code Fn::GetAtt} on the resource types NexusGen uses,
 * computed from a physical name: plausible local ARNs and URLs, so policies and environment values resolve to
 * the same shapes they have in AWS.
 */
final class ResourceKinds {

    /** Where a local "deployment" lives, for building ARNs. */
    record Place(String partition, String region, String accountId, String urlSuffix) {
    }

    /** The property that names a resource, per type; a resource without it gets no derived physical name. */
    private static final Map<String, String> NAME_PROPERTIES = Map.ofEntries(
            Map.entry("AWS::DynamoDB::Table", "TableName"),
            Map.entry("AWS::S3::Bucket", "BucketName"),
            Map.entry("AWS::Serverless::Function", "FunctionName"),
            Map.entry("AWS::Lambda::Function", "FunctionName"),
            Map.entry("AWS::Serverless::StateMachine", "Name"),
            Map.entry("AWS::StepFunctions::StateMachine", "StateMachineName"),
            Map.entry("AWS::SQS::Queue", "QueueName"),
            Map.entry("AWS::SNS::Topic", "TopicName"),
            Map.entry("AWS::IAM::Role", "RoleName"),
            Map.entry("AWS::Events::Rule", "Name"),
            Map.entry("AWS::Events::EventBus", "Name"),
            Map.entry("AWS::Scheduler::Schedule", "Name"),
            Map.entry("AWS::Logs::LogGroup", "LogGroupName"),
            Map.entry("AWS::CodeBuild::Project", "Name"),
            Map.entry("AWS::SecretsManager::Secret", "Name"),
            Map.entry("AWS::OpenSearchServerless::Collection", "Name"));

    private ResourceKinds() {
    }

    static Optional<String> nameProperty(String type) {
        return Optional.ofNullable(NAME_PROPERTIES.get(type));
    }

    /** {@code Ref}: the name for most types, an ARN or URL for the types whose {@code Ref} is one. */
    static String ref(String type, String name, Place place) {
        return switch (type) {
            case "AWS::SNS::Topic", "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine",
                 "AWS::SecretsManager::Secret" -> arn(type, name, place).orElseThrow();
            case "AWS::SQS::Queue" -> queueUrl(name, place);
            default -> name;
        };
    }

    /** {@code Fn::GetAtt} for the attributes that follow from the name alone. */
    static Optional<String> attribute(String type, String attribute, String name, Place place) {
        return switch (attribute) {
            case "Arn" -> arn(type, name, place);
            case "TopicArn" -> "AWS::SNS::Topic".equals(type) ? arn(type, name, place) : Optional.empty();
            case "Name", "QueueName", "TopicName" -> Optional.of(name);
            case "QueueUrl" -> "AWS::SQS::Queue".equals(type) ? Optional.of(queueUrl(name, place)) : Optional.empty();
            case "StreamArn" -> "AWS::DynamoDB::Table".equals(type)
                    ? arn(type, name, place).map(table -> table + "/stream/1970-01-01T00:00:00.000")
                    : Optional.empty();
            case "DomainName" -> "AWS::S3::Bucket".equals(type)
                    ? Optional.of(name + ".s3." + place.urlSuffix()) : Optional.empty();
            case "RegionalDomainName" -> "AWS::S3::Bucket".equals(type)
                    ? Optional.of(name + ".s3." + place.region() + "." + place.urlSuffix()) : Optional.empty();
            case "WebsiteURL" -> "AWS::S3::Bucket".equals(type)
                    ? Optional.of("http://" + name + ".s3-website-" + place.region() + "." + place.urlSuffix()) : Optional.empty();
            // a collection's endpoint carries a generated id in AWS; locally its name stands in for it
            case "CollectionEndpoint" -> "AWS::OpenSearchServerless::Collection".equals(type)
                    ? Optional.of("https://" + name + "." + place.region() + ".aoss." + place.urlSuffix()) : Optional.empty();
            default -> Optional.empty();
        };
    }

    static Optional<String> arn(String type, String name, Place place) {
        String regional = "arn:" + place.partition() + ":%s:" + place.region() + ":" + place.accountId() + ":";
        String global = "arn:" + place.partition() + ":%s::" + place.accountId() + ":";
        return Optional.ofNullable(switch (type) {
            case "AWS::DynamoDB::Table" -> regional.formatted("dynamodb") + "table/" + name;
            case "AWS::S3::Bucket" -> "arn:" + place.partition() + ":s3:::" + name;
            case "AWS::Serverless::Function", "AWS::Lambda::Function" -> regional.formatted("lambda") + "function:" + name;
            case "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine" ->
                    regional.formatted("states") + "stateMachine:" + name;
            case "AWS::SQS::Queue" -> regional.formatted("sqs") + name;
            case "AWS::SNS::Topic" -> regional.formatted("sns") + name;
            case "AWS::IAM::Role" -> global.formatted("iam") + "role/" + name;
            case "AWS::Events::Rule" -> regional.formatted("events") + "rule/" + name;
            case "AWS::Events::EventBus" -> regional.formatted("events") + "event-bus/" + name;
            case "AWS::Scheduler::Schedule" -> regional.formatted("scheduler") + "schedule/default/" + name;
            case "AWS::Logs::LogGroup" -> regional.formatted("logs") + "log-group:" + name + ":*";
            case "AWS::CodeBuild::Project" -> regional.formatted("codebuild") + "project/" + name;
            case "AWS::SecretsManager::Secret" -> regional.formatted("secretsmanager") + "secret:" + name;
            case "AWS::OpenSearchServerless::Collection" -> regional.formatted("aoss") + "collection/" + name;
            default -> null;
        });
    }

    private static String queueUrl(String name, Place place) {
        return "https://sqs." + place.region() + "." + place.urlSuffix() + "/" + place.accountId() + "/" + name;
    }
}
